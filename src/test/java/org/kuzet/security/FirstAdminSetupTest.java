package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.security.LoginLockoutTest.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one-time setup link makes the first admin once, within the hour, and never again. (The test switches off any
 * admin accounts other tests made in this shared database, and switches them back on afterwards.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstAdminSetupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SetupLink link;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    List<String> admins;

    @BeforeEach
    void noAdminYet() {
        admins = jdbc.sql("select username from app_user where role = 'admin' and enabled").query(String.class).list();
        jdbc.sql("update app_user set enabled = false where role = 'admin'").update();
    }

    @AfterEach
    void adminsBack() {
        jdbc.sql("update app_user set enabled = false where username = 'first-admin'").update();
        admins.forEach(a -> jdbc.sql("update app_user set enabled = true where username = ?").param(a).update());
    }

    @Test
    void theLinkMakesTheFirstAdminOnceAndThenIsDead() throws Exception {
        String token = link.issue();
        assertThat(mvc.perform(get("/setup").param("token", token)).andReturn().getResponse().getContentAsString())
                .contains("name=\"password_again\"", "name=\"_csrf\"");
        assertThat(setup("wrong-token-" + token, "first-admin", "First-Admin-Password-1").getContentAsString())
                .contains("not valid");

        MockHttpServletResponse tooShort = setup(token, "first-admin", "short");
        assertThat(tooShort.getContentAsString()).contains("at least 12 characters");
        assertThat(accounts.hasAdmin()).isFalse();

        MockHttpServletResponse done = setup(token, "first-admin", "First-Admin-Password-1");
        assertThat(done.getRedirectedUrl()).isEqualTo("/staff");
        assertThat(accounts.hasAdmin()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'user.created' and entity_id = 'first-admin'")
                .query(Long.class).single()).isEqualTo(1);

        assertThat(setup(token, "second-admin", "Second-Admin-Password-1").getContentAsString()).contains("Kuzet is set up");
        assertThat(accounts.exists("second-admin")).isFalse();
    }

    @Test
    void theLinkDiesAfterAnHour() {
        LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
        SetupLink timed = new SetupLink(clock);
        String token = timed.issue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(timed.valid(token)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(timed.valid(token)).isFalse();
        assertThat(timed.consume(token)).isFalse();
        assertThat(new SetupLink(Clock.systemUTC()).valid(token)).isFalse();
    }

    private MockHttpServletResponse setup(String token, String username, String password) throws Exception {
        return mvc.perform(post("/setup").param("token", token).param("username", username)
                .param("password", password).param("password_again", password).with(csrf()).with(from("10.5.0.1")))
                .andReturn().getResponse();
    }
}
