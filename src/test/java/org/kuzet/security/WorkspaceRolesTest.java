package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The parts of the staff workspace that show everybody's material are for monitors and up; correspondents keep
 * the start page, their incidents and the ways to send in sources and files. Each route is asked by the public, a
 * correspondent and a monitor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkspaceRolesTest {

    private static final List<String> MONITORS_ONLY = List.of("/staff/reports", "/staff/reports/2024-03",
            "/staff/reports/2024-03/report.md", "/staff/archive", "/staff/triage", "/staff/cases",
            "/staff/cases/999999999", "/staff/actors/999999999",
            "/api/v1/reports/2024-03/diff");

    @Autowired
    MockMvc mvc;

    @Test
    void correspondentsAndThePublicAreKeptOutOfTheMonitorsPages() throws Exception {
        for (String path : MONITORS_ONLY) {
            assertThat(ask(HttpMethod.GET, path, Role.CORRESPONDENT).getStatus()).as("correspondent " + path)
                    .isEqualTo(403);
            assertThat(RouteRulesCoverTest.refused(ask(HttpMethod.GET, path, null))).as("public " + path).isTrue();
            assertThat(RouteRulesCoverTest.refused(ask(HttpMethod.GET, path, Role.MONITOR))).as("monitor " + path).isFalse();
        }
    }

    @Test
    void correspondentsMayNotWriteToTheMonitorsPagesEither() throws Exception {
        for (String path : List.of("/staff/cases/999999999/events", "/staff/triage/url", "/staff/archive/extract",
                "/staff/reports/2024-03/publish")) {
            assertThat(ask(HttpMethod.POST, path, Role.CORRESPONDENT).getStatus()).as(path).isEqualTo(403);
        }
        assertThat(ask(HttpMethod.POST, "/staff/reports/2024-03/publish", Role.MONITOR).getStatus())
                .as("publishing stays an editor's").isEqualTo(403);
    }

    @Test
    void correspondentsKeepTheirOwnPartOfTheWorkspace() throws Exception {
        // the form's actor suggestions name actors, public records, so every author of a form has them
        for (String path : List.of("/staff", "/staff/incidents", "/staff/incidents/new", "/staff/actors/suggest")) {
            assertThat(ask(HttpMethod.GET, path, Role.CORRESPONDENT).getStatus()).as(path).isEqualTo(200);
            assertThat(RouteRulesCoverTest.refused(ask(HttpMethod.GET, path, null))).as("public " + path).isTrue();
        }
        for (String path : List.of("/api/v1/sources", "/api/v1/files")) {
            assertThat(RouteRulesCoverTest.refused(ask(HttpMethod.POST, path, Role.CORRESPONDENT))).as(path).isFalse();
            assertThat(RouteRulesCoverTest.refused(ask(HttpMethod.POST, path, null))).as("public " + path).isTrue();
        }
    }

    @Test
    void theStartPageOffersEachRoleOnlyPagesOpenToIt() throws Exception {
        for (Role role : Role.values()) {
            String page = ask(HttpMethod.GET, "/staff", role).getContentAsString(StandardCharsets.UTF_8);
            List<String> offered = Jsoup.parse(page).select("#actions a, #security-links a").eachAttr("href");
            assertThat(offered).as(role + " is offered something").isNotEmpty();
            for (String href : offered) {
                assertThat(ask(HttpMethod.GET, href, role).getStatus()).as(role + " offered " + href).isEqualTo(200);
            }
        }
        String correspondents = ask(HttpMethod.GET, "/staff", Role.CORRESPONDENT).getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(correspondents).select("#actions a").first().attr("href"))
                .as("a correspondent's first action is to report").isEqualTo("/staff/submissions/new");
    }

    private MockHttpServletResponse ask(HttpMethod method, String path, Role role) throws Exception {
        RequestPostProcessor caller = role == null ? anonymous()
                : user("roles-" + role.name().toLowerCase()).roles(role.name());
        return mvc.perform(request(method, path).with(caller).with(csrf())).andReturn().getResponse();
    }
}
