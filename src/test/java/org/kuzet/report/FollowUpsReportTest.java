package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * "Updates to earlier cases" in the report of August 2019: an incident of June corrected in August and a case opened
 * in June with a hearing and a judgment in August are told, in every language and in the PDF, and counted apart
 * (updates.*), never again as August's new incidents or cases. Its own records, in months no other test uses.
 */
@SpringBootTest
class FollowUpsReportTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportDesk desk;
    @Autowired
    ObjectMapper json;

    @Test
    void anEarlierIncidentCorrectedAndAnEarlierCaseHeardInAugustAreToldButNotCountedAsNew() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        long february = fx.published("2019-06-11", "threats", "kz-pavlodar", "Editor threatened over a land story");
        revision(february, 1, "2019-06-12T10:00:00+06:00", "published");
        revision(february, 2, "2019-08-12T16:30:00+06:00", "the number of people threatened corrected to two");
        long may = fx.published("2019-08-06", "threats", "kz-pavlodar", "Photographer threatened at a market");
        revision(may, 1, "2019-08-07T09:00:00+06:00", "published");
        revision(may, 2, "2019-08-20T09:00:00+06:00", "place corrected");
        // corrected in July: not news of August
        long january = fx.published("2019-06-15", "threats", "kz-pavlodar", "Blogger threatened in June");
        revision(january, 2, "2019-07-02T09:00:00+06:00", "title corrected");
        long earlierCase = fx.against("2019-06-20", "civil", null, true, 5_000_000L);
        fx.event(earlierCase, "2019-08-14", "hearing", null, null);
        fx.event(earlierCase, "2019-08-28", "judgment", true, null);
        fx.against("2019-08-25", "civil", null, true, 1_000_000L);

        Period august2019 = Period.parse("2019-08");
        Map<String, Long> figures = desk.live(august2019, Lang.EN).figures();
        assertThat(figures).containsEntry("updates.incidents", 1L).containsEntry("updates.cases", 1L)
                .containsEntry("incidents.rights_violations", 1L).containsEntry("cases.new.total", 1L);

        String en = desk.live(august2019, Lang.EN).markdown();
        assertThat(en).contains("## Updates to earlier cases",
                "- 11 June 2019, Pavlodar: Editor threatened over a land story (corrected on 12 August 2019)",
                "civil case null opened 2019-06-20 (opened 20 June 2019): Hearing; Judgment")
                .doesNotContain("Blogger threatened in June");
        assertThat(en.substring(en.indexOf("## Updates"))).doesNotContain("Photographer threatened at a market");
        assertThat(desk.live(august2019, Lang.RU).markdown()).contains("## Новое по делам прошлых периодов",
                "(исправлено 12 августа 2019 года)", ": Заседание; Решение суда");
        String kkPdf = ReportOutputsTest.pdfText(Rendition.bytes("pdf", "2019-08", Lang.KK,
                desk.live(august2019, Lang.KK), json));
        assertThat(kkPdf).contains("Бұрынғы істер бойынша жаңалықтар", "2019 жылғы 12 тамыз түзетілді");
    }

    @Test
    void aMonthWithoutUpdatesHasNoSuchSection() {
        Period october2023 = Period.parse("2023-10");
        assertThat(desk.live(october2023, Lang.EN).markdown()).doesNotContain("Updates to earlier cases");
        assertThat(desk.live(october2023, Lang.EN).figures()).containsEntry("updates.incidents", 0L);
    }

    private void revision(long incident, int revision, String at, String note) {
        jdbc.sql("""
                insert into incident_revision (incident_id, revision, snapshot, recorded_at, recorded_by, note)
                values (?, ?, '{}'::jsonb, ?, 'editor.follow-ups', ?)""")
                .params(incident, revision, Timestamp.from(OffsetDateTime.parse(at).toInstant()), note).update();
    }
}
