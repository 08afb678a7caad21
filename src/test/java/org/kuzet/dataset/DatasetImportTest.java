package org.kuzet.dataset;

import org.kuzet.dataset.internal.DatasetExport;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Importing dataset files into the real database: all or nothing, idempotent, changes kept as corrections. */
// Thousands of calls come from one address here; the per-client budget itself is tested by security's RateLimitTest.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kuzet.rate-limit.api.capacity=1000000")
@AutoConfigureMockMvc
class DatasetImportTest {

    @Autowired
    DatasetImport importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatasetExport export;
    @Autowired
    List<DatasetSection> sections;
    @Autowired
    JsonMapper json;

    final DatasetFixtures fixtures = new DatasetFixtures();

    private FileImport load(String file) {
        return importer.importBytes("test.json", file.getBytes(StandardCharsets.UTF_8));
    }

    private long mine() {
        return jdbc.sql("select count(*) from incident where external_id like ?").param(fixtures.prefix + "%")
                .query(Long.class).single();
    }

    private String column(String name, String column) {
        return jdbc.sql("select " + column + "::text from incident where external_id = ?").param(fixtures.id(name))
                .query(String.class).single();
    }

    /** Everything stored for this test's incidents, down to the timestamps. */
    private String fingerprint() {
        return jdbc.sql("""
                select string_agg(concat_ws('|', i.external_id, i.title, i.workflow_state, i.revision, i.updated_at,
                         i.published_at, i.dataset_sha256,
                         (select count(*) from incident_revision r where r.incident_id = i.id),
                         (select count(*) from incident_link l where l.incident_id = i.id),
                         (select count(*) from incident_victim v where v.incident_id = i.id)), ',' order by i.external_id)
                from incident i where i.external_id like ?""").param(fixtures.prefix + "%").query(String.class).single();
    }

    @Test
    void aFileIsImportedWithEveryStateAndLink() {
        FileImport result = load(fixtures.fourIncidents());
        assertThat(result.problems()).isEmpty();
        assertThat(result.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(4, 0, 0));
        assertThat(column("orda-threats", "workflow_state")).isEqualTo("published");
        assertThat(column("orda-threats", "published_by")).isEqualTo("import");
        assertThat(column("orda-ddos", "workflow_state")).isEqualTo("in_review");
        assertThat(column("lawyers", "workflow_state")).isEqualTo("draft");
        assertThat(column("lawyers", "date_precision")).isEqualTo("year");
        assertThat(column("tobolinfo", "workflow_state")).isEqualTo("rejected");
        long threats = Long.parseLong(column("orda-threats", "id"));
        long ddos = Long.parseLong(column("orda-ddos", "id"));
        assertThat(jdbc.sql("select linked_incident_id from incident_link where incident_id = ?").param(threats)
                .query(Long.class).list()).containsExactly(ddos);
        // the published version kept for revision 1 includes the link written after the later record existed
        assertThat(jdbc.sql("select snapshot -> 'linked_incidents' ->> 0 from incident_revision "
                        + "where incident_id = ? and revision = 1").param(threats).query(String.class).single())
                .isEqualTo(String.valueOf(ddos));
        assertThat(jdbc.sql("select gender from incident_victim where incident_id = ?").param(threats)
                .query(String.class).single()).isEqualTo("female");
    }

    @Test
    void theSeedDatasetImportsWholeAndASecondTimeChangesNothing() throws Exception {
        byte[] whole;
        try (var in = getClass().getResourceAsStream("/dataset/seeds.json")) {
            whole = in.readAllBytes();
        }
        // only the sections this build has (features still on their branches add theirs)
        tools.jackson.databind.node.ObjectNode present = (tools.jackson.databind.node.ObjectNode) json.readTree(whole);
        List<String> known = sections.stream().map(DatasetSection::name).toList();
        present.retain(java.util.stream.Stream.concat(java.util.stream.Stream.of("format"), known.stream()).toList());
        assertThat(present.get("incidents")).isNotNull();
        byte[] seeds = json.writeValueAsBytes(present);
        FileImport first = importer.importBytes("seeds.json", seeds);
        // the seeds may already be in this shared database from an earlier test run of the same context
        assertThat(first.problems()).isEmpty();
        String before = jdbc.sql("""
                select count(*) || '|' || max(updated_at) || '|' || (select count(*) from incident_revision)
                from incident where external_id like 'incident/%'""").query(String.class).single();
        FileImport second = importer.importBytes("seeds.json", seeds);
        assertThat(second.problems()).isEmpty();
        second.run().tallies().forEach((section, tally) -> assertThat(tally.created() + tally.updated())
                .as(section).isZero());
        assertThat(second.run().tallies().get("incidents").unchanged()).isEqualTo(
                json.readTree(seeds).get("incidents").size());
        assertThat(jdbc.sql("""
                select count(*) || '|' || max(updated_at) || '|' || (select count(*) from incident_revision)
                from incident where external_id like 'incident/%'""").query(String.class).single()).isEqualTo(before);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        load(fixtures.fourIncidents());
        String before = fingerprint();
        FileImport again = load(fixtures.fourIncidents());
        assertThat(again.problems()).isEmpty();
        assertThat(again.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(0, 0, 4));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void importingTheExportOfTheseRecordsChangesNothing() {
        load(fixtures.fourIncidents());
        String before = fingerprint();
        List<?> mine = ((List<?>) export.dataset().get("incidents")).stream()
                .filter(r -> String.valueOf(((Map<?, ?>) r).get("external_id")).startsWith(fixtures.prefix)).toList();
        assertThat(mine).hasSize(4);
        String file = json.writeValueAsString(Map.of("format", DatasetImport.FORMAT, "incidents", mine));
        FileImport again = load(file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(0, 0, 4));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aChangedPublishedRecordBecomesACorrectionKeepingTheEarlierVersion() {
        load(fixtures.fourIncidents());
        FileImport changed = load(fixtures.fourIncidents("Threats and a smear campaign against the editor of Orda.kz"));
        assertThat(changed.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(0, 1, 3));
        long threats = Long.parseLong(column("orda-threats", "id"));
        assertThat(column("orda-threats", "revision")).isEqualTo("2");
        assertThat(jdbc.sql("select snapshot ->> 'title' from incident_revision where incident_id = ? order by revision")
                .param(threats).query(String.class).list()).containsExactly("Threats against the editor of Orda.kz",
                "Threats and a smear campaign against the editor of Orda.kz");
    }

    @Test
    void aFileWithBadRecordsWritesNothingAndNamesEachOne() {
        FileImport result = load(fixtures.twoBadRecords());
        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).containsExactly(
                "incidents[1].place: not in the gazetteer: 'kz-nowhere'",
                "incidents[3].date: '2023-02-29' is not a day that exists",
                "incidents[3].primary_category: unknown category code: 'censorship'");
        assertThat(mine()).isZero();
    }

    @Test
    void aRecordRefusedWhileWritingRollsBackTheRecordsWrittenBeforeIt() {
        load(fixtures.fourIncidents());
        String before = fingerprint();
        // a new incident first, then the published one sent back to draft, which a file may not do
        String file = """
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$snew-one", "title": "New", "date": "2024-03", "primary_category": "threats"},
                  {"external_id": "%1$sorda-threats", "title": "Back to draft", "date": "2025-10",
                   "primary_category": "threats", "state": "draft"}]}
                """.formatted(fixtures.prefix);
        FileImport result = load(file);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().getFirst()).startsWith("incidents[1].state: ");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(mine()).isEqualTo(4);
    }

    @Test
    void theFileItselfMustBeADatasetOfKnownSections() {
        assertThat(load("{\"format\": \"kuzet-dataset/2\", \"incidents\": []}").problems())
                .containsExactly("format: must be \"kuzet-dataset/1\", not \"kuzet-dataset/2\"");
        assertThat(load("{\"format\": \"kuzet-dataset/1\", \"incidnets\": []}").problems().getFirst())
                .startsWith("incidnets: unknown section");
        assertThat(load("{\"format\": \"kuzet-dataset/1\", \"incidents\": {}}").problems())
                .containsExactly("incidents: must be a list of records");
        assertThat(load("[1, 2").problems().getFirst()).startsWith("not valid JSON");
    }

    @Test
    void anUnknownKeyInARecordIsNamed() {
        String file = """
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$sx", "titel": "Typo", "date": "2024-03", "primary_category": "threats"}]}
                """.formatted(fixtures.prefix);
        FileImport result = load(file);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().getFirst()).startsWith("incidents[0].titel: unknown key");
        assertThat(mine()).isZero();
    }

    @Test
    void aLinkToAnIncidentNeitherInTheFileNorStoredIsRejected() {
        String file = """
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$sx", "title": "Linked", "date": "2024-03", "primary_category": "threats",
                   "linked_incidents": ["%1$smissing"], "sources": ["source/none"],
                   "victims": [{"actor": "actor/none", "name": "N", "kind": "citizen"}]}]}
                """.formatted(fixtures.prefix);
        assertThat(load(file).problems()).containsExactly(
                "incidents[0].victims[0].actor: no actor with external id 'actor/none'",
                "incidents[0].sources[0]: no source with external id 'source/none'",
                "incidents[0].linked_incidents[0]: no incident with external id '" + fixtures.id("missing") + "'");
        assertThat(mine()).isZero();
    }
}
