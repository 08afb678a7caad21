package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff pages: dashboard with the review queue and hearings, the lists, a legal case with its money. */
@SpringBootTest
@AutoConfigureMockMvc
@org.kuzet.OwnDatabase // the dashboard shows the first 20 of the review queue and the next 10 hearings of all
class WorkspacePagesTest {

    private static final RequestPostProcessor MONITOR = user("monitor.erlan").roles("MONITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long caseId;

    @BeforeEach
    void fixture() {
        jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state,
                    confidential_notes)
                values ('Accreditation refused to sixteen journalists', date '2025-10-01', 'month', 'kz-astana',
                    'accreditation_denial', 'in_review', 'note for staff only')""").update();
        caseId = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction, honour_and_dignity,
                    claimed_kzt, collected_kzt)
                values ('Honour and dignity claim against a newspaper', 'civil', 'first_instance', date '2020-08-01',
                    'month', 'against_media', true, 78100000, 935993) returning id""").query(Long.class).single();
        jdbc.sql("insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description) "
                + "values (?, 0, ?, 'day', 'hearing', 'Hearing at the district court')")
                .params(caseId, LocalDate.now().plusDays(3)).update();
    }

    @Test
    void theDashboardShowsTheReviewQueueAndTheHearingsComingUp() throws Exception {
        assertThat(page("/staff")).contains("Accreditation refused to sixteen journalists",
                "Honour and dignity claim against a newspaper", "Hearing at the district court");
    }

    @Test
    void theStaffListShowsEveryStateWithItsFacet() throws Exception {
        assertThat(page("/staff/incidents")).contains("Accreditation refused", "Workflow state");
        assertThat(page("/staff/incidents?state=in_review")).contains("Accreditation refused", "In review");
        assertThat(page("/staff/incidents/new")).contains("Counted under (primary category)", "kz-kostanay");
    }

    @Test
    void aLegalCaseShowsItsTimelineAndItsMoneyToTheTenge() throws Exception {
        assertThat(page("/staff/cases")).contains("Honour and dignity claim against a newspaper");
        assertThat(page("/staff/cases/" + caseId)).contains("78 100 000 ₸", "935 993 ₸", "Hearing at the district court");
        assertThat(page("/staff/cases/" + caseId + "?lang=ru")).contains("Ход дела", "Гражданское");
    }

    @Test
    void theReportPagesAnswer() throws Exception {
        assertThat(page("/staff/reports?period=2024-03")).contains("download-pdf-kk");
        assertThat(mvc.perform(get("/reports")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Published reports");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
