package org.kuzet.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import org.kuzet.dataset.ImportRun.Tally;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actors, sources, statements and context_events sections of a dataset file, driven directly through their
 * DatasetSection beans the way the importer drives them: in order, in one transaction rolled back on rejection.
 */
@SpringBootTest
class ReferenceSectionsTest {

    // facts of seeds 000 (the minister's reply), 001 (Orda.kz) and 002 (the March 2024 draft order)
    static final String FILE = """
            {
              "actors": [
                {"external_id": "actor/t-orda-kz", "kind": "organisation", "actor_type": "media_outlet",
                 "name": "Orda.kz", "aliases": ["Орда.kz", "Orda"], "description": "Independent online outlet, Almaty"},
                {"external_id": "actor/t-aida-balayeva", "kind": "person", "actor_type": "official",
                 "name": "Aida Balayeva", "aliases": ["Аида Балаева"]}
              ],
              "sources": [
                {"external_id": "source/t-seed-000", "kind": "media_article", "outlet_name": "DKNews.kz",
                 "title": "Human Rights Watch and pressure on journalists: the minister replies", "published_on": "2025",
                 "archived_text": "Aida Balayeva explained at length how Kazakhstan sees it."},
                {"external_id": "source/t-seed-001", "kind": "media_article", "outlet": "actor/t-orda-kz",
                 "outlet_name": "Orda.kz", "published_on": "2025-10", "retrieved_at": "2026-11-23T00:00:00Z"}
              ],
              "statements": [
                {"external_id": "statement/t-balayeva-hrw", "speaker": "actor/t-aida-balayeva",
                 "speaker_role": "Deputy Prime Minister, Minister of Culture and Information", "date": "2025",
                 "stance": "rebuttal", "venue": "Facebook", "summary": "HRW was misled; no one is persecuted for their profession.",
                 "source": "source/t-seed-000", "incidents": ["incident/t-hrw-pressure"]}
              ],
              "context_events": [
                {"external_id": "context/t-2024-03-01-draft-order", "date": "2024-03-01", "place": "kz-astana",
                 "kind": "draft_order", "title": "Draft order on restricting access to internet resources",
                 "source": "source/t-seed-001"}
              ]
            }""";

    @Autowired
    List<DatasetSection> beans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JsonMapper json;

    @Test
    void aFileIsImportedOnceAndASecondImportChangesNothing() {
        long incident = Fixtures.incident(jdbc, "incident/t-hrw-pressure", "Pressure on journalists (HRW)",
                "published");
        ImportRun first = importFile(json.readTree(FILE));
        assertThat(first.rejections()).isEmpty();
        assertThat(first.tallies()).containsEntry("actors", new Tally(2, 0, 0))
                .containsEntry("sources", new Tally(2, 0, 0)).containsEntry("statements", new Tally(1, 0, 0))
                .containsEntry("context_events", new Tally(1, 0, 0));
        long statement = jdbc.sql("select id from statement where external_id = 'statement/t-balayeva-hrw'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select incident_id from statement_incident where statement_id = ?").param(statement)
                .query(Long.class).list()).containsExactly(incident);
        assertThat(jdbc.sql("select speaker_name from statement where id = ?").param(statement).query(String.class)
                .single()).isEqualTo("Aida Balayeva");
        assertThat(jdbc.sql("select sha256 from source where external_id = 'source/t-seed-000'").query(String.class)
                .single()).isEqualTo(ContentHash.ofText("Aida Balayeva explained at length how Kazakhstan sees it."));

        ImportRun second = importFile(json.readTree(FILE));
        assertThat(second.tallies()).containsEntry("actors", new Tally(0, 0, 2))
                .containsEntry("sources", new Tally(0, 0, 2)).containsEntry("statements", new Tally(0, 0, 1))
                .containsEntry("context_events", new Tally(0, 0, 1));

        JsonNode changed = json.readTree(FILE.replace("Independent online outlet, Almaty", "Online outlet, Almaty"));
        ImportRun third = importFile(changed);
        assertThat(third.tallies()).containsEntry("actors", new Tally(0, 1, 1));
        assertThat(jdbc.sql("select description from actor where external_id = 'actor/t-orda-kz'")
                .query(String.class).single()).isEqualTo("Online outlet, Almaty");
    }

    @Test
    void everyBadRecordIsListedWithItsPositionAndNothingIsWritten() {
        String bad = """
                {
                  "actors": [
                    {"external_id": "actor/t-good", "kind": "person", "name": "Lukpan Akhmedyarov"},
                    {"external_id": "actor/t-bad", "kind": "robot", "nickname": "x"}
                  ],
                  "sources": [
                    {"external_id": "source/t-bad", "kind": "media_article", "archived_text": "text",
                     "sha256": "%s", "outlet": "actor/t-missing"}
                  ],
                  "statements": [
                    {"speaker_name": "Someone", "date": "2024-02-30", "summary": "s", "incidents": ["incident/t-none"]}
                  ],
                  "context_events": [
                    {"external_id": "context/t-bad", "date": "2999", "place": "kz-atlantis", "kind": "law",
                     "title": "x"},
                    {"external_id": "context/t-bad", "date": "2024", "kind": "law", "title": "twice"}
                  ]
                }""".formatted("0".repeat(64));
        Map<String, Long> before = counts();
        ImportRun run = importFile(json.readTree(bad));
        assertThat(run.rejections()).extracting(ImportRun.Rejection::toString).contains(
                "actors[1].kind: must be one of person, organisation, not 'robot'",
                "actors[1].name: is required",
                "sources[0].outlet: names no known record of actors: \"actor/t-missing\"",
                "statements[0].external_id: is required in a dataset file",
                "statements[0].incidents[0]: names no known record of incidents: \"incident/t-none\"",
                "context_events[0].date: is in the future (2999)",
                "context_events[0].place: is not a place code of the gazetteer: kz-atlantis",
                "context_events[1].external_id: appears twice in this section: context/t-bad");
        assertThat(run.rejections()).extracting(ImportRun.Rejection::position, ImportRun.Rejection::field)
                .contains(org.assertj.core.groups.Tuple.tuple("actors[1]", "nickname"),
                        org.assertj.core.groups.Tuple.tuple("sources[0]", "sha256"),
                        org.assertj.core.groups.Tuple.tuple("statements[0]", "date"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anExportImportsBackUnchanged() {
        Fixtures.incident(jdbc, "incident/t-export", "Exported incident", "published");
        String file = FILE.replace("t-", "t-x-").replace("incident/t-x-hrw-pressure", "incident/t-export");
        assertThat(importFile(json.readTree(file)).rejections()).isEmpty();

        Map<String, Object> exported = new java.util.LinkedHashMap<>();
        for (DatasetSection section : ordered()) {
            // only this test's records: other tests share the database
            exported.put(section.name(), section.exportRecords().stream()
                    .filter(r -> String.valueOf(((Map<?, ?>) r).get("external_id")).contains("/t-x-")).toList());
        }
        assertThat(exported.values()).allSatisfy(records -> assertThat((List<?>) records).isNotEmpty());
        JsonNode reimport = json.valueToTree(exported);
        ImportRun again = importFile(reimport);
        assertThat(again.rejections()).isEmpty();
        assertThat(again.tallies()).containsEntry("actors", new Tally(0, 0, 2))
                .containsEntry("sources", new Tally(0, 0, 2)).containsEntry("statements", new Tally(0, 0, 1))
                .containsEntry("context_events", new Tally(0, 0, 1));
    }

    private ImportRun importFile(JsonNode file) {
        ImportRun run = new ImportRun(this::section);
        tx.executeWithoutResult(status -> {
            for (DatasetSection section : ordered()) {
                JsonNode records = file.get(section.name());
                if (records != null) {
                    section.importRecords(List.copyOf(records.values()), run);
                }
            }
            if (run.rejected()) {
                status.setRollbackOnly();
            }
        });
        return run;
    }

    private List<DatasetSection> ordered() {
        return beans.stream().filter(s -> List.of("actors", "sources", "statements", "context_events")
                .contains(s.name())).sorted(Comparator.comparingInt(DatasetSection::order)).toList();
    }

    /** The sections by name; incidents (another feature's) looked up in the table when no section is there. */
    private Optional<DatasetSection> section(String name) {
        Optional<DatasetSection> bean = beans.stream().filter(s -> s.name().equals(name)).findFirst();
        if (bean.isPresent() || !name.equals("incidents")) {
            return bean;
        }
        return Optional.of(new DatasetSection() {
            public String name() {
                return "incidents";
            }

            public int order() {
                return 30;
            }

            public void importRecords(List<JsonNode> records, ImportRun run) {
                throw new UnsupportedOperationException();
            }

            public Optional<Long> idByExternalId(String externalId) {
                return jdbc.sql("select id from incident where external_id = ?").param(externalId)
                        .query(Long.class).optional();
            }

            public List<?> exportRecords() {
                return new ArrayList<>();
            }
        });
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("actor", "actor_alias", "source", "statement", "statement_incident",
                "context_event")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
