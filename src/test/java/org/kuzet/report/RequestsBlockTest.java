package org.kuzet.report;

import org.kuzet.report.internal.Reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report's block "requests to state bodies" for March 2024, on nine requests written for it: six published
 * requests to the state sent in March (one answered on time, one late, one in part, one refused, two unanswered at
 * the month's end, one of them answered in April), and three that do not count (unpublished, to a private company,
 * sent in February).
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the block counts every request of the month
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestsBlockTest {

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeAll
    void fixture() {
        long akimat = jdbc.sql("insert into actor (kind, actor_type, name) values ('organisation', 'state_body', "
                + "'Akimat of Almaty') returning id").query(Long.class).single();
        request(akimat, "Akimat of Almaty", "2024-03-01", "2024-03-16", "2024-03-10", "answered", true, true);
        request(akimat, "Akimat of Almaty", "2024-03-04", "2024-03-19", "2024-03-25", "answered", true, true);
        request(null, "Ministry of Information", "2024-03-05", "2024-03-20", "2024-03-12", "refused", true, true);
        request(null, "Ministry of Information", "2024-03-06", "2024-03-21", null, null, true, true);
        request(null, "Ministry of Information", "2024-03-07", "2024-03-22", "2024-04-05", "answered", true, true);
        request(null, "Police of Oral", "2024-03-10", "2024-03-25", "2024-03-20", "partial", true, true);
        request(null, "Police of Oral", "2024-03-11", "2024-03-26", "2024-03-12", "refused", false, true);
        request(null, "A broadcaster", "2024-03-11", "2024-03-26", null, null, true, false);
        request(null, "Akimat of Shymkent", "2024-02-28", "2024-03-14", null, null, true, true);
    }

    private void request(Long actor, String name, String sent, String deadline, String answered, String outcome,
            boolean published, boolean state) {
        jdbc.sql("""
                insert into inquiry (kind, addressee_actor_id, addressee_name, state_addressee, subject, sent_on,
                    deadline, answered_on, outcome, published_at, created_by)
                values ('information_request', ?, ?, ?, 'A request', cast(? as date), cast(? as date),
                    cast(? as date), ?, case when ? then now() end, 'test')""")
                .params(actor, name, state, sent, deadline, answered, outcome, published).update();
    }

    @Test
    void theFiguresPlaceEachRequestWhereItStoodAtTheMonthsEnd() throws Exception {
        var f = reports.figures(Period.parse("2024-03")).flat();
        assertThat(f).containsEntry("inquiries.sent", 6L).containsEntry("inquiries.answered_on_time", 1L)
                .containsEntry("inquiries.answered_late", 1L).containsEntry("inquiries.partial", 1L)
                .containsEntry("inquiries.refused", 1L).containsEntry("inquiries.unanswered", 2L);
        // the live report's JSON, as a monitor reads it before publishing
        mvc.perform(get("/api/v1/reports/2024-03.json").param("live", "true").with(SecurityMockMvcRequestPostProcessors
                        .user("monitor.aigerim").roles("MONITOR"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures['inquiries.sent']").value(6))
                .andExpect(jsonPath("$.figures['inquiries.unanswered']").value(2));
    }

    @Test
    void theBlockNamesTheBodiesWithTheMostRefusalsAndDelaysInEachLanguage() {
        String en = reports.generate(Period.parse("2024-03"), Lang.EN).markdown();
        assertThat(en).contains("## Requests to state bodies\n\nRequests sent: 6; answered on time: 1; answered late: 1; "
                + "answered in part: 1; refused: 1; unanswered: 2.")
                .contains("A full answer on time came to 16 % of the requests; refusals were 16 %.")
                .contains("- Ministry of Information: refused 1, late or past the deadline 2, of 3 sent\n"
                        + "- Akimat of Almaty: refused 0, late or past the deadline 1, of 2 sent")
                .doesNotContain("Police of Oral:").doesNotContain("broadcaster");
        assertThat(reports.generate(Period.parse("2024-03"), Lang.RU).markdown())
                .contains("## Запросы в государственные органы")
                .contains("Направлено запросов: 6; ответ в срок: 1; ответ с опозданием: 1")
                .contains("- Ministry of Information: отказов — 1, просрочек — 2, всего запросов — 3");
        assertThat(reports.generate(Period.parse("2024-03"), Lang.KK).markdown())
                .contains("## Мемлекеттік органдарға сұрау салулар")
                .contains("Жіберілген сұрау салулар: 6; мерзімінде жауап: 1")
                .contains("- Akimat of Almaty: бас тарту — 0, кешіктіру — 1, барлық сұрау салу — 2");
        assertThat(reports.generate(Period.parse("2023-03"), Lang.EN).markdown())
                .contains("No requests to state bodies were sent in this period.");
    }
}
