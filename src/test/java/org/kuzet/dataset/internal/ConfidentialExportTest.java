package org.kuzet.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An export of the whole dataset with its confidential fields, on a clock the test moves: a monitor asks and says
 * why, an administrator (not the one who asked) approves it on the administrators' page, the monitor downloads it
 * once, and an approved export left for more than 24 hours is gone. Each step is in the audit log and told to the
 * requester; a correspondent cannot ask at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfidentialExportTest {

    @TestConfiguration
    static class StoppedClock {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.parse("2026-03-02T04:00:00Z"));
        }
    }

    private static final String MARKER = "cexp-lawyer-phone +7 701 555 00 17";
    private static final RequestPostProcessor MONITOR = user("cexp-monitor").roles("MONITOR");
    private static final RequestPostProcessor ADMIN = user("cexp-admin").roles("ADMIN");
    private static final RequestPostProcessor OTHER_ADMIN = user("cexp-admin-two").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void plant() {
        jdbc.sql("""
                insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                      primary_category, workflow_state, confidential_notes, created_by)
                values ('cexp-incident', 'A summons in Oral', 'Summary', date '2026-02-20', 'day', 'kz-oral',
                        'summons_law_enforcement', 'draft', ?, 'cexp-monitor')""").param(MARKER).update();
    }

    @AfterEach
    void remove() {
        jdbc.sql("delete from incident where external_id = 'cexp-incident'").update();
        jdbc.sql("delete from confidential_export where requested_by like 'cexp-%'").update();
    }

    @Test
    void askedApprovedByAnotherDownloadedOnceAndAudited() throws Exception {
        assertThat(send(post("/staff/exports").param("reason", " "), MONITOR).getContentAsString())
                .contains("id=\"problem\"");
        assertThat(send(post("/staff/exports").param("reason", "Lawyers' brief for the Oral case"), MONITOR)
                .getRedirectedUrl()).isEqualTo("/staff/exports");
        long id = jdbc.sql("select id from confidential_export where requested_by = 'cexp-monitor'")
                .query(Long.class).single();
        assertThat(send(post("/staff/exports/" + id + "/download"), MONITOR).getStatus()).as("not approved yet")
                .isEqualTo(410);
        assertThat(mvc.perform(get("/staff/admin/exports").with(ADMIN)).andReturn().getResponse()
                .getContentAsString()).contains("Lawyers&#39; brief for the Oral case", "/staff/admin/exports/" + id
                + "/approve");
        send(post("/staff/admin/exports/" + id + "/approve"), ADMIN);

        MockHttpServletResponse file = send(post("/staff/exports/" + id + "/download"), MONITOR);
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("kuzet-dataset-confidential-" + id + ".json");
        assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains("\"format\"", MARKER);
        assertThat(send(post("/staff/exports/" + id + "/download"), MONITOR).getStatus()).as("once only")
                .isEqualTo(410);

        assertThat(jdbc.sql("select action || ' ' || actor from audit_entry where entity_type = 'confidential_export' "
                + "and entity_id = ? order by seq").param(Long.toString(id)).query(String.class).list())
                .containsExactly("confidential_export.requested cexp-monitor",
                        "confidential_export.approved cexp-admin",
                        "confidential_export.downloaded cexp-monitor");
        assertThat(mvc.perform(get("/staff/security-notices").param("lang", "en").with(MONITOR)).andReturn()
                .getResponse().getContentAsString()).contains(
                        "Export " + id + " of confidential data was approved by cexp-admin.",
                        "Export " + id + " of confidential data was downloaded by cexp-monitor.");
    }

    @Test
    void anAdministratorDoesNotApproveTheirOwnAndAnApprovalExpiresAfterADay() throws Exception {
        send(post("/staff/exports").param("reason", "Annual archive for the board"), ADMIN);
        long id = jdbc.sql("select id from confidential_export where requested_by = 'cexp-admin'")
                .query(Long.class).single();
        send(post("/staff/admin/exports/" + id + "/approve"), ADMIN);
        assertThat(state(id)).as("one's own request waits for another administrator").isNull();
        send(post("/staff/admin/exports/" + id + "/approve"), OTHER_ADMIN);
        assertThat(state(id)).isTrue();

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(send(post("/staff/exports/" + id + "/download"), ADMIN).getStatus()).isEqualTo(410);
        assertThat(mvc.perform(get("/staff/exports").with(ADMIN)).andReturn().getResponse().getContentAsString())
                .contains("expired");
    }

    @Test
    void aCorrespondentCannotAskAndAMonitorCannotApprove() throws Exception {
        RequestPostProcessor correspondent = user("cexp-corr").roles("CORRESPONDENT");
        assertThat(send(post("/staff/exports").param("reason", "mine"), correspondent).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/exports").with(correspondent)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        send(post("/staff/exports").param("reason", "For the report"), MONITOR);
        long id = jdbc.sql("select id from confidential_export where requested_by = 'cexp-monitor'")
                .query(Long.class).single();
        assertThat(send(post("/staff/admin/exports/" + id + "/approve"), user("cexp-monitor-two").roles("MONITOR"))
                .getStatus()).isEqualTo(403);
        assertThat(state(id)).isNull();
    }

    private Boolean state(long id) {
        List<Boolean> approved = jdbc.sql("select approved from confidential_export where id = ?").param(id)
                .query((rs, n) -> (Boolean) rs.getObject(1)).list();
        return approved.get(0);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }
}
