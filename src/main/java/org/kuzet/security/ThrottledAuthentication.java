package org.kuzet.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password (form login and HTTP Basic) unless the account or the client address is locked
 * out. Every failure, whatever its cause (no such user, wrong password, disabled, locked), gets the same answer.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    static final String FAILED = "Sign-in failed: wrong username or password, or too many attempts; wait and try again.";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
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
            throttle.succeeded(username);
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
