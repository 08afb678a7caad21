package org.kuzet.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password (form login and HTTP Basic) unless the name from this client address, or the
 * address, is held back. Every failure, whatever its cause (no such user, wrong password, disabled, held back),
 * gets the same answer, and every checked attempt hashes one password, so that neither the answer nor its time
 * tells whether an account exists.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    static final String FAILED = "Sign-in failed: wrong username or password, or too many attempts; wait and try again.";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    private ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** Over the accounts' passwords: an unknown name is checked against a dummy hash (Spring's own mitigation). */
    static ThrottledAuthentication of(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        // the password first, then whether the account is disabled: a disabled account costs a hash like any other
        passwords.setPreAuthenticationChecks(account -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthentication(passwords, throttle);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.locked(username, address)) {
            throw new BadCredentialsException(FAILED);
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException(FAILED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
