package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every route the application maps, with every kind of caller (the public and each role), and fails on a
 * route that has no rule, or whose rule says one thing while the server does another. When this test fails after a
 * merge, add a {@link RouteRule} for the named route in your feature's {@link RouteRuleSource}; if your controller
 * narrows access further ({@code @PreAuthorize}), say the same in a rule, or the walk reports the disagreement.
 * Requests carry no body and no parameters, so they also show which routes answer bad input with a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteRulesCoverTest {

    private static final List<Role> CALLERS = Arrays.asList(null, Role.CORRESPONDENT, Role.MONITOR, Role.EDITOR,
            Role.ADMIN);

    @Autowired
    ApplicationContext context;

    @Autowired
    RouteRules rules;

    @Autowired
    MockMvc mvc;

    @Test
    void everyRouteHasARuleAndTheServerKeepsIt() throws Exception {
        Set<String> withoutRule = new TreeSet<>();
        List<String> disagreements = new ArrayList<>();
        Set<String> failures = new TreeSet<>();
        int walked = 0;
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    for (HttpMethod method : methods(info)) {
                        String path = concrete(pattern);
                        Optional<RouteRule> rule = rules.ruleFor(method, path);
                        if (rule.isEmpty()) {
                            withoutRule.add(method.name() + " " + pattern);
                            continue;
                        }
                        walked++;
                        for (Role caller : CALLERS) {
                            MockHttpServletResponse response = mvc.perform(request(method, path)
                                    .with(as(caller)).with(csrf()).with(from(walked))).andReturn().getResponse();
                            boolean permitted = rule.get().access().permits(caller);
                            if (response.getStatus() >= 500 && !pattern.equals("/error")) {
                                failures.add(method.name() + " " + pattern + " as " + name(caller) + ": "
                                        + response.getStatus());
                            }
                            if (refused(response) == permitted) {
                                disagreements.add(method.name() + " " + pattern + " as " + name(caller) + ": rule "
                                        + rule.get() + " but status " + response.getStatus());
                            }
                        }
                    }
                }
            }
        }
        assertThat(withoutRule).as("routes that no RouteRule covers (add one in your RouteRuleSource)").isEmpty();
        assertThat(disagreements).as("routes where the server does not do what the rule says").isEmpty();
        assertThat(failures).as("routes that answer an empty request with a server error instead of a clear 4xx")
                .isEmpty();
        assertThat(walked).as("routes walked").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theBroadRulesSayWhatTheDesignSays() {
        assertThat(rules.ruleFor(HttpMethod.GET, "/api/v1/incidents/7")).get()
                .extracting(RouteRule::access).isEqualTo(Access.PUBLIC);
        assertThat(rules.ruleFor(HttpMethod.POST, "/api/v1/incidents")).get()
                .extracting(RouteRule::access).isEqualTo(Access.STAFF);
        assertThat(rules.ruleFor(HttpMethod.POST, "/api/v1/incidents/7/publish")).get()
                .extracting(RouteRule::access).isEqualTo(Access.EDITORS);
        assertThat(rules.ruleFor(HttpMethod.GET, "/api/v1/audit")).get()
                .extracting(RouteRule::access).isEqualTo(Access.MONITORS);
        assertThat(rules.ruleFor(HttpMethod.GET, "/staff/incidents")).get()
                .extracting(RouteRule::access).isEqualTo(Access.STAFF);
        assertThat(rules.ruleFor(HttpMethod.POST, "/staff/admin/users")).get()
                .extracting(RouteRule::access).isEqualTo(Access.ADMINS);
        assertThat(rules.ruleFor(HttpMethod.GET, "/something/nobody/declared")).isEmpty();
    }

    @Test
    void aPathWithoutARuleIsRefusedEvenToAnAdmin() throws Exception {
        var admin = new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        assertThat(rules.authorize(() -> admin, new RequestAuthorizationContext(
                new MockHttpServletRequest("GET", "/something/nobody/declared"))).isGranted()).isFalse();
        // with no page behind it either, the signed-in admin is told it does not exist, not that it is not theirs
        assertThat(mvc.perform(request(HttpMethod.GET, "/something/nobody/declared").with(as(Role.ADMIN)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(request(HttpMethod.DELETE, "/api/v1/admin/x").with(as(Role.EDITOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    static boolean refused(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        return status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
    }

    private static List<HttpMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return List.of(HttpMethod.GET, HttpMethod.POST);
        }
        return declared.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
    }

    /**
     * A path the pattern matches: variables become an id that no record has (so that an allowed DELETE removes
     * nothing), wildcards a plain segment; a variable that takes one of some words (`{format:html|pdf}`) its first.
     */
    static String concrete(String pattern) {
        return pattern.replaceAll("\\{\\w+:([a-z]+)(?:\\|[a-z]+)*}", "$1").replaceAll("\\{[^}]*}", "999999999")
                .replace("**", "x").replace("*", "x");
    }

    private static RequestPostProcessor as(Role role) {
        return role == null ? anonymous() : user("walker-" + role.name().toLowerCase()).roles(role.name());
    }

    /** Each route from its own address, so that the walk never meets the per-client rate limit. */
    private static RequestPostProcessor from(int n) {
        return request -> {
            request.setRemoteAddr("10.200." + (n / 250) + "." + (n % 250 + 1));
            return request;
        };
    }

    private static String name(Role role) {
        return role == null ? "public" : role.name().toLowerCase();
    }
}
