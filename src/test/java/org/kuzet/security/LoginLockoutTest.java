package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in through the real filter chain: waits per name and address, lockouts per address, and answers that reveal
 * nothing. The throttle reads a clock the test moves, so no test sleeps.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginLockoutTest {

    @TestConfiguration
    static class StoppedClock {
        @Bean
        LoginThrottleTest.MovableClock clock() {
            return new LoginThrottleTest.MovableClock();
        }
    }

    private static final String PASSWORD = "Correct-Horse-Battery-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions;

    @Autowired
    LoginThrottleTest.MovableClock clock;

    @Test
    void aStrangersFailuresElsewhereDoNotLockTheOwnerOut() throws Exception {
        accounts.create("lock-owner", "Lock Owner", PASSWORD, Role.MONITOR);
        for (int i = 0; i < 8; i++) {
            signIn("lock-owner", "stranger-guess-" + i, "10.9.0.1");
            basic("lock-owner", "stranger-guess-" + i, "10.9.0.1");
        }
        assertThat(signIn("lock-owner", PASSWORD, "10.9.0.2").getResponse().getRedirectedUrl()).endsWith("/staff");
        assertThat(basic("lock-owner", PASSWORD, "10.9.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void aNameAndAddressPastFiveFailuresWaitsAndEachWaitIsLonger() throws Exception {
        accounts.create("lock-pair", "Lock Pair", PASSWORD, Role.MONITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("lock-pair", "wrong-password-" + i, "10.9.4.1").getResponse().getRedirectedUrl())
                    .endsWith("/login?error");
        }
        MvcResult held = signIn("lock-pair", PASSWORD, "10.9.4.1");
        assertThat(held.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(message(held)).isEqualTo(ThrottledAuthentication.FAILED);
        clock.advance(Duration.ofMillis(1_001));
        assertThat(basic("lock-pair", "wrong-again", "10.9.4.1").getStatus()).isEqualTo(401);
        clock.advance(Duration.ofMillis(1_001));
        assertThat(basic("lock-pair", PASSWORD, "10.9.4.1").getStatus()).as("the second wait is two seconds")
                .isEqualTo(401);
        clock.advance(Duration.ofMillis(1_000));
        assertThat(basic("lock-pair", PASSWORD, "10.9.4.1").getStatus()).isEqualTo(200);
    }

    @Test
    void aMissingAccountAndAWrongPasswordGetTheSameAnswer() throws Exception {
        accounts.create("same-answer", "Same Answer", PASSWORD, Role.EDITOR);
        MvcResult wrongPassword = signIn("same-answer", "not-the-password", "10.9.1.1");
        MvcResult noSuchUser = signIn("nobody-here", "not-the-password", "10.9.1.2");
        assertThat(noSuchUser.getResponse().getRedirectedUrl()).isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
        assertThat(message(noSuchUser)).isEqualTo(message(wrongPassword)).isEqualTo(ThrottledAuthentication.FAILED);

        MockHttpServletResponse basicWrongPassword = basic("same-answer", "not-the-password", "10.9.1.3");
        MockHttpServletResponse basicNoSuchUser = basic("nobody-here", "not-the-password", "10.9.1.4");
        assertThat(basicNoSuchUser.getStatus()).isEqualTo(basicWrongPassword.getStatus()).isEqualTo(401);
        assertThat(basicNoSuchUser.getContentAsString()).isEqualTo(basicWrongPassword.getContentAsString());
        assertThat(basicNoSuchUser.getHeaderNames()).isEqualTo(basicWrongPassword.getHeaderNames());
    }

    @Test
    void anAddressThatFailsTwentyTimesIsLockedOutForEveryAccount() throws Exception {
        accounts.create("lock-address", "Lock Address", PASSWORD, Role.MONITOR);
        for (int i = 0; i < 20; i++) {
            signIn("sprayed-" + i, "guess-" + i, "10.9.2.1");
        }
        assertThat(signIn("lock-address", PASSWORD, "10.9.2.1").getResponse().getRedirectedUrl())
                .endsWith("/login?error");
        assertThat(signIn("lock-address", PASSWORD, "10.9.2.2").getResponse().getRedirectedUrl()).endsWith("/staff");
    }

    @Test
    void httpBasicAndTheFormCountTowardsTheSameWait() throws Exception {
        accounts.create("lock-basic", "Lock Basic", PASSWORD, Role.MONITOR);
        assertThat(basic("lock-basic", PASSWORD, "10.9.3.1").getStatus()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(basic("lock-basic", "wrong-" + i, "10.9.3.1").getStatus()).isEqualTo(401);
        }
        signIn("lock-basic", "wrong-form", "10.9.3.1");
        signIn("lock-basic", "wrong-form-again", "10.9.3.1");
        MockHttpServletResponse held = basic("lock-basic", PASSWORD, "10.9.3.1");
        assertThat(held.getStatus()).isEqualTo(401);
        assertThat(held.getContentType()).startsWith("application/problem+json");
    }

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address))).andReturn();
    }

    private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/audit").param("entity_type", "incident").param("entity_id", "1")
                .with(httpBasic(username, password)).with(from(address))).andReturn().getResponse();
    }

    /** Why the sign-in failed, as kept in the session (in PostgreSQL, found by the answer's session cookie). */
    private String message(MvcResult result) {
        jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("JSESSIONID");
        if (cookie == null) {
            return null;
        }
        String id = new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
        org.springframework.session.Session session = sessions.findById(id);
        Object e = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return e == null ? null : ((Exception) e).getMessage();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
