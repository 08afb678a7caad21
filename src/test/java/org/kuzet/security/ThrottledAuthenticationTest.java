package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Every refused sign-in costs the same work and gets the same answer: an unknown name, a wrong password and a
 * disabled account each hash exactly one password, so the time taken does not tell which it was.
 */
@SpringBootTest
class ThrottledAuthenticationTest {

    private static final String PASSWORD = "Correct-Horse-Battery-1";

    private final CountingEncoder encoder = new CountingEncoder(new PasswordConfiguration().passwordEncoder());
    private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(
            User.withUsername("asel").password(encoder.encode(PASSWORD)).roles("MONITOR").build(),
            User.withUsername("left").password(encoder.encode(PASSWORD)).roles("MONITOR").disabled(true).build());
    @Autowired
    FailureBook book;

    private ThrottledAuthentication signIn;

    @BeforeEach
    void signIn() {
        signIn = ThrottledAuthentication.of(accounts, encoder,
                new LoginThrottle(LoginThrottleProperties.defaults(), new LoginThrottleTest.MovableClock(), book));
    }

    @Test
    void anUnknownNameAWrongPasswordAndADisabledAccountCostOneHashAndReadAlike() {
        String unknown = refusal("nobody-at-all", "whatever-they-try");
        String wrong = refusal("asel", "not-her-password");
        String disabled = refusal("left", PASSWORD);
        assertThat(unknown).isEqualTo(wrong).isEqualTo(disabled).isEqualTo(ThrottledAuthentication.FAILED);
    }

    @Test
    void theRightPasswordStillSignsIn() {
        assertThat(signIn.authenticate(attempt("asel", PASSWORD)).isAuthenticated()).isTrue();
    }

    /** The refusal's message, after checking that exactly one password was hashed to reach it. */
    private String refusal(String username, String password) {
        encoder.checks.set(0);
        Throwable refused = catchThrowable(() -> signIn.authenticate(attempt(username, password)));
        assertThat(encoder.checks).as("passwords hashed for " + username).hasValue(1);
        return refused.getMessage();
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    /** The real Argon2 encoder, counting the checks made with it. */
    private record CountingEncoder(PasswordEncoder real, AtomicInteger checks) implements PasswordEncoder {

        CountingEncoder(PasswordEncoder real) {
            this(real, new AtomicInteger());
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }
}
