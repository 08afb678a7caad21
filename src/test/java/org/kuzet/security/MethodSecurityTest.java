package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.security.LoginLockoutTest.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A feature may narrow a route further with {@code @PreAuthorize}; its refusal must come out as 401/403, not as the
 * catch-all 500. (Same context as {@link RateLimitTest}, which imports the same probe.)
 */
@SpringBootTest(properties = {"kuzet.rate-limit.api.capacity=3", "kuzet.rate-limit.api.per-minute=0",
        "kuzet.rate-limit.login.capacity=2", "kuzet.rate-limit.login.per-minute=0",
        "kuzet.max-request-size=1KB"})
@AutoConfigureMockMvc
@Import(MethodSecurityTest.Probe.class)
class MethodSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aMethodSecurityRefusalIs401Or403() throws Exception {
        assertThat(status(null, "10.4.0.1")).isEqualTo(401);
        assertThat(status("MONITOR", "10.4.0.2")).isEqualTo(403);
        assertThat(status("ADMIN", "10.4.0.3")).isEqualTo(200);
    }

    private int status(String role, String address) throws Exception {
        var request = get("/api/v1/probe/admin-only").with(from(address));
        if (role != null) {
            request = request.with(user("probe").roles(role));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    static class Probe {

        @Bean
        RouteRuleSource probeRoutes() {
            return () -> List.of(RouteRule.get("/api/v1/probe/**", Access.PUBLIC));
        }

        @Bean
        ProbeController probeController() {
            return new ProbeController();
        }
    }

    @RestController
    static class ProbeController {

        @GetMapping(value = "/api/v1/probe/admin-only", produces = "text/plain")
        @PreAuthorize("hasRole('ADMIN')")
        public String adminOnly() {
            return "ok";
        }
    }
}
