package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A journalist's page: the public sees published incidents and cases that reveal nothing unpublished; staff see
 * every incident in any workflow state and every legal case, with links into the workspace.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long journalist;
    long published;
    long draft;
    long rejected;
    long openCase;
    long hiddenCase;

    @BeforeEach
    void fixture() {
        journalist = jdbc.sql("insert into actor (kind, actor_type, name) values ('person', 'journalist', "
                + "'Aigul Sadykova') returning id").query(Long.class).single();
        published = incident("Sadykova summoned for questioning", "published");
        draft = incident("Sadykova followed after a broadcast (draft)", "draft");
        rejected = incident("Sadykova complaint not confirmed", "rejected");
        for (long incident : new long[] {published, draft, rejected}) {
            jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind) "
                    + "values (?, 0, ?, 'Aigul Sadykova', 'journalist')").params(incident, journalist).update();
        }
        openCase = legalCase("Defamation claim against Sadykova", published);
        hiddenCase = legalCase("Criminal case linked to the draft", draft);
    }

    @Test
    void monitorsSeeEveryIncidentInAnyStateAndEveryCase() throws Exception {
        String page = html(get("/staff/actors/" + journalist).with(staff("MONITOR")));
        assertThat(page).contains("Sadykova summoned for questioning", "Sadykova followed after a broadcast (draft)",
                "Sadykova complaint not confirmed", "Defamation claim against Sadykova",
                "Criminal case linked to the draft", "/staff/incidents/" + draft, "/staff/cases/" + hiddenCase,
                "defendant");
    }

    @Test
    void thePublicSeesPublishedIncidentsAndCasesThatRevealNothingUnpublished() throws Exception {
        String page = html(get("/actors/" + journalist));
        assertThat(page).contains("Sadykova summoned for questioning", "Defamation claim against Sadykova")
                .doesNotContain("(draft)").doesNotContain("not confirmed")
                .doesNotContain("Criminal case linked to the draft").doesNotContain("/staff/incidents/");
    }

    @Test
    void aCorrespondentIsNotShownOtherPeoplesDraftsThroughAnActor() throws Exception {
        int status = mvc.perform(get("/staff/actors/" + journalist).with(staff("CORRESPONDENT"))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void theStaffPageNeedsALogin() throws Exception {
        int status = mvc.perform(get("/staff/actors/" + journalist)).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401);
    }

    @Test
    void theCaseRoleIsTranslated() throws Exception {
        assertThat(html(get("/staff/actors/" + journalist + "?lang=ru").with(staff("MONITOR"))))
                .contains("ответчик");
    }

    /** A logged-in staff member (the pages use the login form's session; here the member is already logged in). */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor staff(String role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("actor-page-" + role.toLowerCase(java.util.Locale.ROOT)).roles(role);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long incident(String title, String state) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, 'day', 'kz-almaty', 'threats', ?,
                    case when ? = 'published' then now() end) returning id""")
                .params(title, LocalDate.parse("2024-05-02"), state, state).query(Long.class).single();
    }

    private long legalCase(String title, long incident) {
        long id = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction)
                values (?, 'civil', 'first_instance', date '2024-06-01', 'day', 'against_media') returning id""")
                .param(title).query(Long.class).single();
        jdbc.sql("insert into legal_case_party (case_id, position, actor_id, name, role) "
                + "values (?, 0, ?, 'Aigul Sadykova', 'defendant')").params(id, journalist).update();
        jdbc.sql("insert into legal_case_incident (case_id, incident_id) values (?, ?)").params(id, incident).update();
        return id;
    }
}
