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
        "kuzet.rate-limit.login.capacity=2", "kuzet.rate-limit.login.per-minute=0"})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(MethodSecurityTest.Probe.class)
class RateLimitTest {

    @Autowired
    MockMvc mvc;

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

    private MockHttpServletResponse api(String address) throws Exception {
        return mvc.perform(get("/api/v1/audit").with(from(address))).andReturn().getResponse();
    }

    private MockHttpServletResponse signIn(String address) throws Exception {
        return mvc.perform(post("/login").param("username", "nobody").param("password", "nothing").with(csrf())
                .with(from(address))).andReturn().getResponse();
    }
}
