package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two-factor sign-in through the real filter chain, on a clock the test moves: an editor (whose role an
 * administrator requires it of) is led to set it up before any other page, sets it up with the key the page shows,
 * gets ten recovery codes once, then signs in with password and code; a code works once, a recovery code once,
 * wrong codes are held back like wrong passwords, HTTP Basic is refused while an API token works. Each step that
 * its holder must hear of is on their dashboard and in their mailbox (GreenMail, a real SMTP server).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TwoFactorSignInTest {

    @TestConfiguration
    static class StoppedClock {
        @Bean
        LoginThrottleTest.MovableClock clock() {
            return new LoginThrottleTest.MovableClock();
        }
    }

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("kuzet.smtp.host", () -> "localhost");
        registry.add("kuzet.smtp.port", () -> mail.getSmtp().getPort());
    }

    private static final String PASSWORD = "Correct-Horse-Battery-2fa";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginThrottleTest.MovableClock clock;

    @BeforeEach
    void requireOfEditors() throws Exception {
        // an administrator chooses the roles on their page (not their own here: the test's administrators have none)
        MockHttpServletResponse saved = mvc.perform(post("/staff/admin/two-factor").param("role", "editor")
                .with(user("tf-admin").roles("ADMIN")).with(csrf())).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/staff/admin/two-factor");
    }

    @AfterEach
    void requireOfNobody() {
        jdbc.sql("delete from two_factor_role").update();
    }

    @Test
    void anEditorSetsItUpFirstThenSignsInWithACodeThatWorksOnce() throws Exception {
        accounts.create("tf-editor", "Aigerim", PASSWORD, Role.EDITOR);
        jdbc.sql("insert into notification_address (username, email, lang) values ('tf-editor', 'tf@example.org', 'ru')")
                .update();
        Visit session = new Visit();
        assertThat(login(session, "tf-editor", "10.7.0.1").getRedirectedUrl()).endsWith("/staff");
        assertThat(page(session, "/staff").getRedirectedUrl()).as("led to set it up first").endsWith("/staff/two-factor");
        assertThat(page(session, "/incidents").getRedirectedUrl()).endsWith("/staff/two-factor");

        MockHttpServletResponse setUp = page(session, "/staff/two-factor");
        String secret = secretOn(setUp);
        MockHttpServletResponse qr = page(session, "/staff/two-factor/qr.png");
        assertThat(qr.getContentType()).isEqualTo("image/png");
        assertThat(qr.getHeader("Cache-Control")).contains("no-store");

        assertThat(send(session, post("/staff/two-factor").param("code", "000000")).getContentAsString())
                .contains("id=\"problem\"");
        MockHttpServletResponse codes = send(session, post("/staff/two-factor").param("code", codeNow(secret)));
        List<String> recovery = recoveryCodes(codes);
        assertThat(recovery).hasSize(10);
        assertThat(page(session, "/staff").getStatus()).isEqualTo(200);
        // the day it was set up, in Almaty, as a date on the class's own clock (which another of its tests may have
        // moved): it read "07.12.2026, 00:00", a time nobody set it up at
        String today = java.time.LocalDate.ofInstant(clock.instant(), org.kuzet.core.Today.KAZAKHSTAN).toString();
        assertThat(org.jsoup.Jsoup.parse(page(session, "/staff/two-factor?lang=ru").getContentAsString(
                StandardCharsets.UTF_8)).select("#state").text())
                .isEqualTo("Двухфакторный вход включён с " + today + ".");
        assertThat(page(session, "/staff/two-factor/qr.png").getStatus()).as("the key is never shown again")
                .isEqualTo(404);

        // signing in again: the password alone signs in nobody
        Visit again = new Visit();
        assertThat(login(again, "tf-editor", "10.7.0.1").getRedirectedUrl()).endsWith("/login/code");
        assertThat(page(again, "/staff").getRedirectedUrl()).endsWith("/login");
        assertThat(code(again, codeNow(secret), "10.7.0.1").getContentAsString()).as("the code already used")
                .contains("id=\"code-error\"");
        clock.advance(Duration.ofSeconds(30));
        assertThat(code(again, codeNow(secret), "10.7.0.1").getRedirectedUrl()).as("on to the page it was headed for")
                .matches(".*/staff(\\?continue)?");
        assertThat(page(again, "/staff").getStatus()).isEqualTo(200);

        // a recovery code, once; from another address, which is news to the account's holder
        Visit lost = new Visit();
        login(lost, "tf-editor", "10.7.0.2");
        assertThat(code(lost, recovery.get(3).toUpperCase(), "10.7.0.2").getRedirectedUrl()).endsWith("/staff");
        Visit twice = new Visit();
        login(twice, "tf-editor", "10.7.0.2");
        assertThat(code(twice, recovery.get(3), "10.7.0.2").getContentAsString()).contains("id=\"code-error\"");

        String notices = page(again, "/staff/security-notices?lang=en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(notices).contains("Two-factor sign-in was turned on.", "A recovery code was used to sign in.",
                "Signed in from a new address or browser: 10.7.0.2");
        List<String> subjects = mailsTo("tf@example.org").stream().map(TwoFactorSignInTest::subject).toList();
        assertThat(subjects).hasSize(3).containsOnly("Kuzet: уведомление безопасности");
        assertThat(mailsTo("tf@example.org").stream().map(TwoFactorSignInTest::body).toList())
                .anyMatch(text -> text.contains("Двухфакторный вход включён."))
                .anyMatch(text -> text.contains("Вход с нового адреса или браузера: 10.7.0.2"));
        assertThat(jdbc.sql("select action from audit_entry where entity_id = 'tf-editor' order by id")
                .query(String.class).list()).contains("user.two_factor_enrolled", "user.two_factor_recovery_code_used");
    }

    @Test
    void wrongCodesAreHeldBackLikeWrongPasswordsAndGivingThePasswordAgainBuysNoMoreGuesses() throws Exception {
        String secret = enrolled("tf-guessed", Role.MONITOR);
        Visit first = new Visit();
        login(first, "tf-guessed", "10.7.1.1");
        for (int i = 0; i < 3; i++) {
            assertThat(code(first, "11111" + i, "10.7.1.1").getContentAsString()).contains("id=\"code-error\"");
        }
        Visit second = new Visit();
        login(second, "tf-guessed", "10.7.1.1");
        code(second, "222220", "10.7.1.1");
        code(second, "222221", "10.7.1.1");
        assertThat(code(second, codeNow(secret), "10.7.1.1").getContentAsString())
                .as("five wrong codes from this address: the right one waits too").contains("id=\"code-error\"");
        clock.advance(Duration.ofMillis(1_001));
        assertThat(code(second, codeNow(secret), "10.7.1.1").getRedirectedUrl()).as("after the wait")
                .endsWith("/staff");

        Visit spent = new Visit();
        login(spent, "tf-guessed", "10.7.1.9");
        for (int i = 0; i < 4; i++) {
            code(spent, "33333" + i, "10.7.1.9");
        }
        assertThat(code(spent, "444444", "10.7.1.9").getRedirectedUrl()).as("five wrong codes: the password again")
                .endsWith("/login?expired");
    }

    @Test
    void theApiTakesTokensButNotAPasswordAloneFromAnAccountWithASecondFactor() throws Exception {
        enrolled("tf-script", Role.MONITOR);
        accounts.create("tf-plain", "Plain", PASSWORD, Role.MONITOR);
        assertThat(api(get("/api/v1/audit").with(httpBasic("tf-script", PASSWORD))).getStatus()).isEqualTo(401);
        assertThat(api(get("/api/v1/audit").with(httpBasic("tf-plain", PASSWORD))).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/openrosa/formList").with(httpBasic("tf-script", PASSWORD))
                .with(LoginLockoutTest.from("10.7.3.2"))).andReturn().getResponse().getStatus())
                .as("the phone apps' intake speaks only passwords").isEqualTo(200);
        String token = tokens.create("tf-script", "nightly export").token();
        assertThat(api(get("/api/v1/audit").header("Authorization", "Bearer " + token)).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/staff/security-notices").param("lang", "en").with(user("tf-script")
                .roles("MONITOR"))).andReturn().getResponse().getContentAsString())
                .contains("An API token “nightly export” was made for your account");
    }

    @Test
    void aRoleChangeIsToldToItsHolderAndAnAdministratorResetsALostSecondFactor() throws Exception {
        enrolled("tf-moved", Role.MONITOR);
        accounts.create("tf-boss", "Boss", PASSWORD, Role.ADMIN);
        mvc.perform(post("/staff/accounts/tf-moved/role").param("role", "editor").with(user("tf-boss").roles("ADMIN"))
                .with(csrf())).andReturn();
        mvc.perform(post("/staff/admin/two-factor/tf-moved/reset").with(user("tf-boss").roles("ADMIN"))
                .with(csrf())).andReturn();
        Visit session = new Visit();
        assertThat(login(session, "tf-moved", "10.7.2.1").getRedirectedUrl()).as("no code asked after the reset")
                .endsWith("/staff");
        assertThat(page(session, "/staff").getRedirectedUrl()).as("an editor sets a new one up")
                .endsWith("/staff/two-factor");
        String secret = secretOn(page(session, "/staff/two-factor"));
        assertThat(recoveryCodes(send(session, post("/staff/two-factor").param("code", codeNow(secret))))).hasSize(10);
        assertThat(page(session, "/staff/security-notices?lang=kk").getContentAsString(StandardCharsets.UTF_8))
                .contains("Рөліңізді tf-boss өзгертті: Мониторшы болған, Редактор болды.",
                        "Екінші факторыңызды tf-boss тастады.");
        assertThat(page(session, "/staff/admin/two-factor").getStatus()).as("an administrator's page").isEqualTo(403);
    }

    @Test
    void theRequirementIsAnAdministratorsChoicePerRole() throws Exception {
        assertThat(jdbc.sql("select role from two_factor_role where required order by role").query(String.class)
                .list()).containsExactly("editor");
        mvc.perform(post("/staff/admin/two-factor").param("role", "monitor").with(user("tf-admin").roles("ADMIN"))
                .with(csrf())).andReturn();
        assertThat(jdbc.sql("select role from two_factor_role where required order by role").query(String.class)
                .list()).containsExactly("monitor");
        mvc.perform(post("/staff/admin/two-factor").param("role", "monitor", "admin")
                .with(user("tf-admin").roles("ADMIN")).with(csrf())).andReturn();
        assertThat(mvc.perform(get("/staff/admin/two-factor").with(user("tf-admin").roles("ADMIN"))).andReturn()
                .getResponse().getRedirectedUrl()).as("now the administrator without one sets it up first")
                .endsWith("/staff/two-factor");
        assertThat(page(signedIn("tf-nobody-monitor"), "/staff").getRedirectedUrl()).endsWith("/staff/two-factor");
        assertThat(mvc.perform(get("/staff").with(user("tf-nobody-editor").roles("EDITOR"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/staff/admin/two-factor").param("role", "admin")
                .with(user("tf-nobody-editor").roles("EDITOR")).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    /** An account of this role with a second factor set up (through the pages), and its key. */
    private String enrolled(String username, Role role) throws Exception {
        accounts.create(username, username, PASSWORD, role);
        Visit session = signedIn(username);
        String secret = secretOn(page(session, "/staff/two-factor"));
        assertThat(recoveryCodes(send(session, post("/staff/two-factor").param("code", codeNow(secret))))).hasSize(10);
        clock.advance(Duration.ofSeconds(30));
        return secret;
    }

    /** A session signed in with the password (for an account without a second factor yet). */
    private Visit signedIn(String username) throws Exception {
        Visit session = new Visit();
        if (!accounts.exists(username)) {
            accounts.create(username, username, PASSWORD, username.contains("editor") ? Role.EDITOR : Role.MONITOR);
        }
        assertThat(login(session, username, "10.7.9.9").getRedirectedUrl()).endsWith("/staff");
        return session;
    }

    private String codeNow(String secret) {
        return TwoFactorCodes.INSTANCE.code(secret, clock.instant().getEpochSecond() / 30);
    }

    private MockHttpServletResponse login(Visit session, String username, String address) throws Exception {
        return session.keep(mvc.perform(session.with(post("/login")).param("username", username)
                .param("password", PASSWORD).with(csrf()).with(LoginLockoutTest.from(address))).andReturn());
    }

    private MockHttpServletResponse code(Visit session, String code, String address) throws Exception {
        return session.keep(mvc.perform(session.with(post("/login/code")).param("code", code).with(csrf())
                .with(LoginLockoutTest.from(address))).andReturn());
    }

    private MockHttpServletResponse page(Visit session, String path) throws Exception {
        return session.keep(mvc.perform(session.with(get(path))).andReturn());
    }

    private MockHttpServletResponse send(Visit session, MockHttpServletRequestBuilder request)
            throws Exception {
        return session.keep(mvc.perform(session.with(request).with(csrf())).andReturn());
    }

    /**
     * One browser: the session cookie the server gave last (sessions live in PostgreSQL and are found by it, as
     * with every instance of Kuzet).
     */
    private static final class Visit {
        private jakarta.servlet.http.Cookie cookie;

        MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request) {
            return cookie == null ? request : request.cookie(cookie);
        }

        MockHttpServletResponse keep(org.springframework.test.web.servlet.MvcResult result) {
            jakarta.servlet.http.Cookie given = result.getResponse().getCookie("JSESSIONID");
            if (given != null) {
                cookie = given.getMaxAge() == 0 ? null : given;
            }
            return result.getResponse();
        }
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("entity_type", "incident").param("entity_id", "1")
                .with(LoginLockoutTest.from("10.7.3.1"))).andReturn().getResponse();
    }

    private static String secretOn(MockHttpServletResponse page) throws Exception {
        Matcher found = SECRET.matcher(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(found.find()).as("the key shown as text").isTrue();
        return found.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodes(MockHttpServletResponse page) throws Exception {
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        return RECOVERY.matcher(page.getContentAsString(StandardCharsets.UTF_8)).results().map(m -> m.group(1))
                .toList();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
