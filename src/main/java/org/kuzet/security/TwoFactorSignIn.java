package org.kuzet.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.kuzet.core.Today;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What follows a right password on the sign-in form. An account with a second factor is not signed in yet: the
 * session forgets the authentication, remembers whose code is awaited ({@link SecondFactorPending}) and the
 * browser goes to the code's page. Any other account is signed in, its address and browser noted, and goes where
 * it was headed (the workspace by default).
 */
@Component
class TwoFactorSignIn implements AuthenticationSuccessHandler {

    static final String CODE_PAGE = "/login/code";

    private final TwoFactor twoFactor;
    private final SignInDevices devices;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler onward =
            new SavedRequestAwareAuthenticationSuccessHandler();

    TwoFactorSignIn(TwoFactor twoFactor, SignInDevices devices, ObjectProvider<Clock> clock) {
        this.twoFactor = twoFactor;
        this.devices = devices;
        this.clock = clock.getIfAvailable(() -> Today.CLOCK);
        onward.setDefaultTargetUrl("/staff");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        String username = authentication.getName();
        if (twoFactor.enrolled(username)) {
            SecurityContextHolder.clearContext();
            request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            request.getSession().setAttribute(SecondFactorPending.ATTRIBUTE,
                    new SecondFactorPending(username, clock.instant(), 0));
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        devices.signedIn(username, request);
        onward.onAuthenticationSuccess(request, response, authentication);
    }

    /** Goes on where the sign-in was headed, once the second factor is given too. */
    void onward(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        devices.signedIn(authentication.getName(), request);
        onward.onAuthenticationSuccess(request, response, authentication);
    }
}
