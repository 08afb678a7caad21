package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.security.LoginLockoutTest.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two people signed in at once, each in a session of their own: what the administrator changes on the accounts
 * page holds in the other's open session from its next request, a role at once and a disabled account by signing
 * it out (to the sign-in page, which says why in the session's language); the account's API token stops too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenSessionsTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiTokens tokens;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRoleChangedByTheAdministratorHoldsInTheOpenSessionFromItsNextRequest() throws Exception {
        Cookie admin = signedIn("admin.sessions." + run, Role.ADMIN);
        String aliya = "monitor.aliya." + run;
        Cookie hers = signedIn(aliya, Role.MONITOR);
        assertThat(status(hers, "/staff/accounts")).isEqualTo(403);

        change(admin, aliya, "role", "role", "admin");
        assertThat(status(hers, "/staff/accounts")).as("more rights at once").isEqualTo(200);

        change(admin, aliya, "role", "role", "correspondent");
        assertThat(status(hers, "/staff/accounts")).as("fewer rights at once").isEqualTo(403);
        assertThat(status(hers, "/staff/cases")).as("cases are for monitors and up").isEqualTo(403);
        assertThat(status(hers, "/staff")).as("still signed in").isEqualTo(200);
    }

    @Test
    void aDisabledAccountsOpenSessionIsSignedOutAndToldWhyInItsLanguageAndItsTokenStops() throws Exception {
        Cookie admin = signedIn("admin.disables." + run, Role.ADMIN);
        String bolat = "editor.bolat." + run;
        Cookie his = signedIn(bolat, Role.EDITOR);
        ApiTokens.Issued token = tokens.create(bolat, "nightly export");
        assertThat(status(his, "/staff")).isEqualTo(200);
        assertThat(api(token)).isEqualTo(200);

        change(admin, bolat, "enabled", "enabled", "false");

        MockHttpServletResponse next = mvc.perform(get("/staff/incidents").param("lang", "kk").cookie(his))
                .andReturn().getResponse();
        assertThat(next.getRedirectedUrl()).isEqualTo("/login?disabled&lang=kk");
        assertThat(mvc.perform(get("/staff").cookie(his)).andReturn().getResponse().getRedirectedUrl())
                .as("the session is ended").endsWith("/login");
        String page = mvc.perform(get(next.getRedirectedUrl())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"signed-out\"", "әкімші есептік жазбаңызды өшірді");
        assertThat(api(token)).as("the disabled account's token").isEqualTo(401);
        assertThat(status(admin, "/staff/accounts")).as("the administrator's own session goes on").isEqualTo(200);

        // a part of a page asked for by htmx sends the whole page to the sign-in form
        Cookie again = signedIn("editor.htmx." + run, Role.EDITOR);
        change(admin, "editor.htmx." + run, "enabled", "enabled", "false");
        MockHttpServletResponse part = mvc.perform(get("/staff/inquiries/due").header("HX-Request", "true")
                .cookie(again)).andReturn().getResponse();
        assertThat(part.getHeader("HX-Redirect")).isEqualTo("/login?disabled");
    }

    /**
     * A session signed in through the sign-in form, as a browser gets one: its cookie (sessions live in PostgreSQL,
     * found by the cookie, as on every instance).
     */
    private Cookie signedIn(String username, Role role) throws Exception {
        accounts.create(username, username, PASSWORD, role, "test");
        MockHttpServletResponse signIn = mvc.perform(post("/login").param("username", username)
                .param("password", PASSWORD).with(csrf()).with(from("10.7.0.1")))
                .andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).endsWith("/staff");
        return signIn.getCookie("JSESSIONID");
    }

    private void change(Cookie admin, String username, String what, String field, String value)
            throws Exception {
        MockHttpServletResponse done = mvc.perform(post("/staff/accounts/" + username + "/" + what).param(field, value)
                .with(csrf()).cookie(admin)).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/staff/accounts/" + username);
    }

    private int status(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
    }

    private int api(ApiTokens.Issued token) throws Exception {
        return mvc.perform(get("/api/v1/audit").param("entity_type", "incident").param("entity_id", "1")
                .header("Authorization", "Bearer " + token.token())).andReturn().getResponse().getStatus();
    }
}
