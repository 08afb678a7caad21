package org.kuzet.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic on the API checks a password alone, so it is refused to an account with a second factor, or whose
 * role requires one: such an account's scripts use an API token, made by the account's holder or an administrator.
 * Without this a guessed password would still open the API. The one exception is the phones' intake
 * ({@code /api/openrosa/**}): ODK Collect and Tella speak only passwords, and all it does is take a person's own
 * reports and list their own submissions.
 */
final class BasicWithoutSecondFactor implements AuthenticationProvider {

    static final String REFUSED = "This account signs in with a second factor: use an API token.";
    private static final String PHONE_INTAKE = "/api/openrosa/";

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
        if (attempt.getDetails() instanceof BasicDetails details && details.path().startsWith(PHONE_INTAKE)) {
            return done;
        }
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
