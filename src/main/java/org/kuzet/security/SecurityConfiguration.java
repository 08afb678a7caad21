package org.kuzet.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may use what, decided by {@link RouteRules} for every request. Two chains: {@code /api/**} is stateless
 * (HTTP Basic or an API token on each call, no session, hence no CSRF); everything else is the browser's, with a
 * session cookie, form login and CSRF tokens on every form, each request checked against the account's present role
 * and standing ({@link OpenSessions}). Only in the web application: commands have no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(StaffAccounts accounts, PasswordEncoder encoder,
                                                LoginThrottle throttle) {
        return new ProviderManager(ThrottledAuthentication.of(accounts, encoder, throttle));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, RouteRules rules, ApiTokens tokens, StaffAccounts accounts,
            PasswordEncoder encoder, LoginThrottle throttle, TwoFactor twoFactor, TwoFactorPolicy policy,
            EmbedProperties embeds) throws Exception {
        // a password alone opens the API only to accounts without a second factor (BasicWithoutSecondFactor)
        AuthenticationManager passwordOnly = new ProviderManager(new BasicWithoutSecondFactor(
                ThrottledAuthentication.of(accounts, encoder, throttle), twoFactor, policy));
        http.securityMatcher("/api/**")
                .authenticationManager(passwordOnly)
                .authorizeHttpRequests(auth -> auth.anyRequest().access(rules))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationDetailsSource(BasicDetails::new)
                        .authenticationEntryPoint((request, response, e) ->
                        Problems.write(response, 401, "Unauthorized",
                                "This operation needs a staff account (HTTP Basic or an API token).")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        Problems.write(response, 403, "Forbidden", "Your role may not use this operation.")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        SecurityHeaders.apply(http, embeds);
        return http.build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, RouteRules rules, AuthenticationManager manager,
                            ObjectProvider<HandlerMapping> mappings, EmbedProperties embeds,
                            AccountStandings standings, TwoFactorSignIn signIn, TwoFactorPolicy policy,
                            TwoFactor twoFactor) throws Exception {
        http.authenticationManager(manager)
                // an open session follows its account: signed out once disabled, acting with a changed role
                .addFilterBefore(new OpenSessions(standings), LogoutFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().access(rules))
                // a right password leads to the second factor's page when the account has one (TwoFactorSignIn)
                .formLogin(form -> form.loginPage("/login").successHandler(signIn))
                .addFilterAfter(new TwoFactorGate(policy, twoFactor), AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .exceptionHandling(ex -> {
                    NotFoundOrLogin notFoundOrLogin = new NotFoundOrLogin(mappings);
                    ex.authenticationEntryPoint(notFoundOrLogin).accessDeniedHandler(notFoundOrLogin);
                })
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()));
        SecurityHeaders.apply(http, embeds);
        return http.build();
    }

    /** Malformed paths (encoded slashes, "..", ";") are a plain 400, not an error with a stack trace. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

}
