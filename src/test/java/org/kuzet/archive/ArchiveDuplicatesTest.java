package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report's drafts go through the incident door, which looks for the records they may repeat: a report that
 * retells incidents already recorded makes drafts that carry them as possible duplicates; the same file twice
 * changes nothing.
 */
@SpringBootTest
class ArchiveDuplicatesTest {

    @Autowired
    ArchiveImport archive;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportRetellingRecordedIncidentsMakesDraftsThatCarryThem() {
        Extraction first = copyOfMarch();
        Extraction retold = copyOfMarch();
        archive.store(first, "tester");
        archive.store(retold, "tester");

        List<Long> earlier = drafts(first);
        List<Long> later = drafts(retold);
        assertThat(later).hasSameSizeAs(earlier).isNotEmpty();
        for (int i = 0; i < later.size(); i++) {
            assertThat(jdbc.sql("""
                            select array_to_string(reasons, ',') from incident_possible_duplicate
                            where incident_id = ? and other_id = ?""").params(later.get(i), earlier.get(i))
                    .query(String.class).optional())
                    .as("draft %d of the retelling carries draft %d of the first report", later.get(i), earlier.get(i))
                    .hasValueSatisfying(reasons -> assertThat(reasons).contains("similar_title"));
        }
    }

    @Test
    void theSameReportTwiceChangesNothing() {
        Extraction report = copyOfMarch();
        ArchiveImport.Outcome once = archive.store(report, "tester");
        String before = tables();

        ArchiveImport.Outcome twice = archive.store(report, "tester");

        assertThat(twice.alreadyImported()).isTrue();
        assertThat(twice.reportId()).isEqualTo(once.reportId());
        assertThat(twice.draftIncidents()).isZero();
        assertThat(tables()).isEqualTo(before);
    }

    /** The March 2024 report under a file and hash of its own, without its figures (those stay the report's). */
    private static Extraction copyOfMarch() {
        Extraction march = Reports.extract("/fixtures/report-2024-03.txt");
        String mark = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 16);
        String sha256 = (mark + march.report().sha256()).substring(0, 64);
        return new Extraction("copy-" + mark + "-" + march.file(),
                new ReportText(march.report().text() + "\n" + mark + "\n", sha256), march.month(), march.published(),
                List.of(), List.of(), march.items(), march.warnings(), march.unused());
    }

    private List<Long> drafts(Extraction e) {
        return jdbc.sql("""
                        select i.incident_id from archive_item i join archive_report r on r.id = i.report_id
                        where r.sha256 = ? and i.incident_id is not null order by i.position""")
                .param(e.report().sha256()).query(Long.class).list();
    }

    private String tables() {
        return jdbc.sql("""
                select concat_ws('|', (select count(*) from incident), (select count(*) from source),
                  (select count(*) from archive_report), (select count(*) from archive_item),
                  (select count(*) from incident_possible_duplicate), (select count(*) from audit_entry))""")
                .query(String.class).single();
    }
}
