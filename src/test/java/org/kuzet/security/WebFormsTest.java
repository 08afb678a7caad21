package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.security.LoginLockoutTest.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Browser forms need the session's CSRF token; every answer carries the security headers. */
@SpringBootTest
@AutoConfigureMockMvc
class WebFormsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStaffFormPostedWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        assertThat(mvc.perform(post("/staff/incidents").with(user("m").roles("MONITOR")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/staff/incidents").with(user("m").roles("MONITOR")).with(csrf()))
                .andReturn().getResponse().getStatus()).as("past the CSRF check: no such page yet").isEqualTo(404);
    }

    @Test
    void signInAndSetupFormsNeedTheCsrfTokenToo() throws Exception {
        assertThat(mvc.perform(post("/login").param("username", "x").param("password", "y").with(from("10.7.0.1")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/setup").param("token", "x").with(from("10.7.0.1")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {
                mvc.perform(get("/setup")).andReturn().getResponse(),
                mvc.perform(get("/api/v1/audit").with(from("10.7.0.2"))).andReturn().getResponse()}) {
            assertThat(response.getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void anErrorPageShowsNoDetails() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
                .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret internals"))
                .accept("text/html")).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("Nothing was changed")
                .doesNotContain("secret internals", "IllegalStateException", "at org.");
    }
}
