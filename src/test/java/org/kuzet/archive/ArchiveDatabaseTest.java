package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.api.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storing reports on a real PostgreSQL: figures, draft incidents, idempotence, all-or-nothing, comparison. */
@SpringBootTest
class ArchiveDatabaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArchiveImport archive;
    @Autowired
    PublishedStatistics statistics;

    @Test
    void storesTheMarchReportOnceWithDraftIncidentsFromIt() {
        Extraction march = Reports.extract("/fixtures/report-2024-03.txt");
        ArchiveImport.Outcome first = archive.store(march, "tester");
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.draftIncidents()).isEqualTo(4);
        assertThat(first.contextEvents()).isEqualTo(4);

        Map<String, Long> counts = statistics.counts(YearMonth.of(2024, 3));
        assertThat(counts).containsEntry("rights_violations", 7L).containsEntry("access_to_information", 13L)
                .containsEntry("refusal_of_information", 9L).containsEntry("legal_claims", 6L)
                .containsEntry("civil_claims", 5L).containsEntry("administrative", 1L)
                .containsEntry("interference_professional_activity", 4L);
        assertThat(statistics.series("rights_violations")).contains(
                new PublishedStatistics.MonthValue(YearMonth.of(2024, 3), 7));

        long sourceId = jdbc.sql("select source_id from archive_report where id = ?").param(first.reportId())
                .query(Long.class).single();
        assertThat(jdbc.sql("select kind from source where id = ?").param(sourceId).query(String.class).single())
                .isEqualTo("monitoring_report");
        // a source's SHA-256 is that of its archived text, as for every source; the report keeps the file's
        assertThat(jdbc.sql("select sha256 from source where id = ?").param(sourceId).query(String.class).single())
                .isEqualTo(org.kuzet.reference.ContentHash.ofText(march.report().text()));
        List<String> states = jdbc.sql("""
                select i.workflow_state from incident i join incident_source s on s.incident_id = i.id
                where s.source_id = ?""").param(sourceId).query(String.class).list();
        assertThat(states).hasSize(4).containsOnly("draft");
        assertThat(jdbc.sql("select count(*) from incident i join incident_source s on s.incident_id = i.id "
                + "where s.source_id = ? and i.place_code = 'kz-kostanay' "
                + "and i.primary_category = 'interference_professional_activity'").param(sourceId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from published_indicator where report_id = ?").param(first.reportId())
                .query(Long.class).single()).isEqualTo(5);

        long incidentsBefore = count("incident");
        ArchiveImport.Outcome again = archive.store(Reports.extract("/fixtures/report-2024-03.txt"), "tester");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.reportId()).isEqualTo(first.reportId());
        assertThat(count("incident")).isEqualTo(incidentsBefore);
        assertThat(count("archive_report where sha256 = '" + march.report().sha256() + "'")).isEqualTo(1);
    }

    @Test
    void storesTheAugust2020FiguresExactly() {
        ArchiveImport.Outcome outcome = archive.store(Reports.extract("/fixtures/report-2020-08.txt"), "tester");
        Map<String, Long> figures = statistics.figures(YearMonth.of(2020, 8));
        assertThat(outcome.alreadyImported()).isFalse();
        assertThat(figures).containsEntry("damages_claimed_kzt", 78_100_000L)
                .containsEntry("damages_collected_kzt", 935_993L).containsEntry("judicial_acts", 8L)
                .containsEntry("in_favor_of_media", 5L).containsEntry("ytd.criminal", 41L)
                .containsEntry("new_cases.criminal_in_court", 0L);
        assertThat(statistics.counts(YearMonth.of(2020, 8))).isEmpty();
        assertThat(statistics.figureSeries("damages_claimed_kzt")).contains(
                new PublishedStatistics.MonthValue(YearMonth.of(2020, 8), 78_100_000L));
    }

    @Test
    void aReportThatFailsHalfWayLeavesNothingBehind() {
        Extraction report = Reports.extractText("broken.txt", """
                Violations of freedom of speech in Kazakhstan May 2023

                In May 2023 the monitoring recorded 3 threats against journalists.

                Kostanay: Police detained a journalist of "Qostanay Times" at a rally.
                """);
        Map<String, Long> bad = new HashMap<>();
        bad.put("ytd.Not-A-Key", 4L); // passes the checks, then breaks the figure table's rule
        Extraction broken = report.corrected(bad, null);
        long sources = count("source");
        long incidents = count("incident");
        assertThatThrownBy(() -> archive.store(broken, "tester")).isInstanceOf(RuntimeException.class);
        assertThat(count("source")).isEqualTo(sources);
        assertThat(count("incident")).isEqualTo(incidents);
        assertThat(archive.reportWithSha256(report.report().sha256())).isEmpty();
    }

    @Test
    void anUnknownCodeIsRejectedWithItsName() {
        Extraction report = Reports.extractText("unknown.txt", "Report June 2023\n\nIn June 2023, 2 threats.\n");
        Map<String, Long> bad = new HashMap<>();
        bad.put("counts.no_such_category", 2L);
        assertThatThrownBy(() -> archive.store(report.corrected(bad, null), "tester"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("counts.no_such_category");
    }

    @Test
    void comparesPublishedWithComputedAndFlagsDifferences() {
        archive.store(Reports.extractText("july.txt", """
                Violations of freedom of speech in Kazakhstan July 2019

                In July 2019 the monitoring recorded: 2 reports on the right to receive and disseminate information, including 1 case of blocking of websites.
                """), "tester");
        jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category, workflow_state)
                values ('Site blocked', date '2019-07-10', 'day', 'blocking', 'published'),
                       ('Another blocked', date '2019-07-20', 'day', 'blocking', 'published'),
                       ('A draft', date '2019-07-21', 'day', 'blocking', 'draft')""").update();
        List<PublishedStatistics.Comparison> rows = statistics.compare(YearMonth.of(2019, 7));
        assertThat(rows).contains(
                new PublishedStatistics.Comparison(YearMonth.of(2019, 7), "access_to_information", 2L, 2, false),
                new PublishedStatistics.Comparison(YearMonth.of(2019, 7), "blocking", 1L, 2, true));
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
    }
}
