package org.kuzet.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic on the API checks a password alone, so it is refused to an account with a second factor, or whose
 * role requires one: such an account's scripts use an API token, made by the account's holder or an administrator.
 * Without this a guessed password would still open the API.
 */
final class BasicWithoutSecondFactor implements AuthenticationProvider {

    static final String REFUSED = "This account signs in with a second factor: use an API token.";

    private final AuthenticationProvider passwords;
    private final TwoFactor twoFactor;
    private final TwoFactorPolicy policy;

    BasicWithoutSecondFactor(AuthenticationProvider passwords, TwoFactor twoFactor, TwoFactorPolicy policy) {
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication done = passwords.authenticate(attempt);
        Viewer viewer = Viewer.of(done);
        if (policy.requires(viewer.role()) || twoFactor.enrolled(done.getName())) {
            throw new BadCredentialsException(REFUSED);
        }
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
