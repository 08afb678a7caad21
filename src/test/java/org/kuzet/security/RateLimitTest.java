package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.security.LoginLockoutTest.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A tiny budget (3 calls, refilled once an hour) so that the fourth call is refused without waiting for time. */
@SpringBootTest(properties = {"kuzet.rate-limit.api.capacity=3", "kuzet.rate-limit.api.per-minute=0",
        "kuzet.rate-limit.login.capacity=2", "kuzet.rate-limit.login.per-minute=0",
        "kuzet.rate-limit.public-form.capacity=2", "kuzet.rate-limit.public-form.per-minute=0",
        "kuzet.max-request-size=1KB"})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(MethodSecurityTest.Probe.class)
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theFourthApiCallOfAClientIsRefusedWith429AndOtherClientsGoOn() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(api("10.6.0.1").getStatus()).isNotEqualTo(429);
        }
        MockHttpServletResponse refused = api("10.6.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(api("10.6.0.2").getStatus()).as("another client").isNotEqualTo(429);
    }

    @Test
    void signInAttemptsHaveTheirOwnBudget() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(signIn("10.6.1.1").getStatus()).isEqualTo(302);
        }
        assertThat(signIn("10.6.1.1").getStatus()).isEqualTo(429);
        assertThat(mvc.perform(get("/setup").with(from("10.6.1.1"))).andReturn().getResponse().getStatus())
                .as("reading a page is not a sign-in attempt").isEqualTo(200);
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/files").content(new byte[1025])
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("m").roles("MONITOR")).with(from("10.6.2.1"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(post("/api/v1/files").content("Короткий текст\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("m").roles("MONITOR")).with(from("10.6.2.2"))).andReturn().getResponse().getStatus())
                .isEqualTo(201);
    }

    @Test
    void thePublicReportFormHasItsOwnBudgetAndARefusedReportStoresNothing() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(report("10.6.3.1", "Report rlmark" + i).getStatus()).isEqualTo(302);
        }
        long articles = jdbc.sql("select count(*) from triage_article").query(Long.class).single();
        MockHttpServletResponse refused = report("10.6.3.1", "Report rlmarkthird");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).matches("[1-9][0-9]*");
        // a page in the visitor's language that gives back what they wrote, not the filter's JSON
        assertThat(refused.getContentType()).startsWith("text/html");
        String page = refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Подождите").contains("Report rlmarkthird");
        assertThat(jdbc.sql("select count(*) from triage_article").query(Long.class).single()).isEqualTo(articles);
        assertThat(report("10.6.3.2", "Report rlmarkother").getStatus()).as("another address").isEqualTo(302);
        assertThat(mvc.perform(get("/report-an-incident").with(from("10.6.3.1"))).andReturn().getResponse()
                .getStatus()).as("reading the form is not sending one").isEqualTo(200);
    }

    private MockHttpServletResponse report(String address, String what) throws Exception {
        return mvc.perform(post("/report-an-incident").param("what", what).param("lang", "ru").with(csrf())
                .with(from(address))).andReturn().getResponse();
    }

    private MockHttpServletResponse api(String address) throws Exception {
        return mvc.perform(get("/api/v1/audit").with(from(address))).andReturn().getResponse();
    }

    private MockHttpServletResponse signIn(String address) throws Exception {
        return mvc.perform(post("/login").param("username", "nobody").param("password", "nothing").with(csrf())
                .with(from(address))).andReturn().getResponse();
    }
}
