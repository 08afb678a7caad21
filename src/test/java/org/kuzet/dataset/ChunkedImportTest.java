package org.kuzet.dataset;

import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file larger than one chunk of the import (5,000 incidents are written per statement): a record that fails
 * only when it is written, after a whole chunk went to the database, still rejects the whole file.
 */
@SpringBootTest
class ChunkedImportTest {

    /** More than one chunk: the bad record sits in the second. */
    private static final int RECORDS = 5_003;

    @Autowired
    DatasetImport importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private final String prefix = "incident/chunk-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private Map<String, Object> record(int i, String state) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("external_id", prefix + i);
        r.put("title", "Journalist " + i + " kept out of an akimat meeting");
        r.put("date", "2023-" + String.format("%02d", 1 + i % 12));
        r.put("place", i % 2 == 0 ? "kz-kostanay" : "kz-almaty");
        r.put("primary_category", i % 3 == 0 ? "refusal_of_information" : "threats");
        r.put("state", state);
        r.put("victims", List.of(Map.of("name", "Journalist " + i, "kind", "journalist")));
        r.put("perpetrators", List.of(Map.of("name", "Akimat press office", "type", "state_body")));
        return r;
    }

    /** A file of {@link #RECORDS} records, each in the state given for its position. */
    private List<Map<String, Object>> records(IntFunction<String> state) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            records.add(record(i, state.apply(i)));
        }
        return records;
    }

    private FileImport load(List<Map<String, Object>> records) {
        return importer.importBytes("chunks.json", json.writeValueAsString(Map.of("format", "kuzet-dataset/1",
                "incidents", records)).getBytes(StandardCharsets.UTF_8));
    }

    private long mine() {
        return jdbc.sql("select count(*) from incident where external_id like ?").param(prefix + "%")
                .query(Long.class).single();
    }

    /** Everything derived from incidents that a rolled-back import must leave as it was. */
    private String derived() {
        return jdbc.sql("""
                select concat_ws('|', (select count(*) from incident), (select count(*) from incident_victim),
                    (select count(*) from incident_perpetrator), (select count(*) from incident_revision),
                    (select coalesce(sum(incidents), 0) from report_incident_count))""").query(String.class).single();
    }

    @Test
    void aRecordRefusedWhenWrittenInALaterChunkRejectsTheWholeFile() {
        // one published incident already stored; the big file tries to send it back to draft, which only the
        // write itself refuses
        assertThat(load(List.of(record(5001, "published"))).problems()).isEmpty();
        String before = derived();

        List<Map<String, Object>> records = records(i -> i == 5001 ? "draft" : i % 2 == 0 ? "published" : "in_review");
        FileImport result = load(records);

        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).containsExactly("incidents[5001].state: the incident is published; a file can "
                + "correct it but not make it draft again");
        assertThat(mine()).isEqualTo(1);
        assertThat(derived()).isEqualTo(before);
    }

    @Test
    void aBadRecordAtTheEndOfABigFileIsReportedWithItsPositionAndNothingIsWritten() {
        String before = derived();
        List<Map<String, Object>> records = records(i -> "published");
        records.get(RECORDS - 1).put("place", "kz-nowhere");
        records.get(5000).put("primary_category", "censorship");

        FileImport result = load(records);

        assertThat(result.problems()).containsExactly(
                "incidents[5000].primary_category: unknown category code: 'censorship'",
                "incidents[5002].place: not in the gazetteer: 'kz-nowhere'");
        assertThat(mine()).isZero();
        assertThat(derived()).isEqualTo(before);
    }

    @Test
    void aChunkTheDatabaseRefusesWhileTheNextIsCheckedRejectsTheWholeFile() {
        // a rule only the database holds (a check added for this test, which the import's own checks do not know):
        // only the COPY of the second chunk (written by the import's writer thread while the main thread reads on)
        // finds out
        String before = derived();
        List<Map<String, Object>> records = records(i -> "published");
        records.get(5001).put("summary", "a summary the database refuses");
        jdbc.sql("alter table incident add constraint chunked_import_test check "
                + "(summary <> 'a summary the database refuses') not valid").update();
        FileImport result;
        try {
            result = load(records);
        } finally {
            jdbc.sql("alter table incident drop constraint chunked_import_test").update();
        }

        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).singleElement().asString().startsWith("the database refused the file: ");
        assertThat(mine()).isZero();
        assertThat(derived()).isEqualTo(before);
    }

    @Test
    void aFileOfMoreThanOneChunkIsWrittenWholeAndAgainChangesNothing() {
        List<Map<String, Object>> records = records(i -> i % 2 == 0 ? "published" : "draft");
        long countedBefore = jdbc.sql("select coalesce(sum(incidents), 0) from report_incident_count")
                .query(Long.class).single();

        FileImport first = load(records);
        assertThat(first.problems()).isEmpty();
        assertThat(first.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(RECORDS, 0, 0));
        assertThat(mine()).isEqualTo(RECORDS);
        // 2,502 of the 5,003 are published (the even ones), each counted once and kept as revision 1
        assertThat(jdbc.sql("select coalesce(sum(incidents), 0) from report_incident_count").query(Long.class)
                .single()).isEqualTo(countedBefore + 2_502);
        assertThat(jdbc.sql("""
                select count(*) from incident_revision r join incident i on i.id = r.incident_id
                where i.external_id like ? and r.revision = 1 and r.recorded_by = 'import'""")
                .param(prefix + "%").query(Long.class).single()).isEqualTo(2_502);

        records.get(5002).put("title", "Journalist 5002 kept out of an akimat meeting and fined");
        FileImport again = load(records);
        assertThat(again.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(0, 1, RECORDS - 1));
    }
}
