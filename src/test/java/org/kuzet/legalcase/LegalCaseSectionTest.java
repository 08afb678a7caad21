package org.kuzet.legalcase;

import org.kuzet.legalcase.internal.LegalCaseSection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The legal_cases section of a dataset: idempotent by external id, incidents linked by their external ids. */
@SpringBootTest
class LegalCaseSectionTest {

    @Autowired
    LegalCaseSection section;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private ImportRun run() {
        // The incidents section is another feature's; the run resolves incident external ids in the database here.
        return new ImportRun(name -> name.equals("incidents") ? Optional.of(new IncidentsByExternalId(jdbc))
                : Optional.<DatasetSection>empty());
    }

    private List<JsonNode> records(String array) {
        JsonNode node = json.readTree(array);
        return java.util.stream.StreamSupport.stream(node.spliterator(), false).toList();
    }

    private static final String AKHMEDYAROV = """
            [{"external_id": "case/2018-08-akhmedyarov-privacy",
              "title": "Businessman asks to prosecute Lukpan Akhmedyarov for violating his privacy",
              "kind": "criminal", "stage": "pretrial", "basis": "kz-cc-147", "court": null, "opened_on": "2018-08",
              "direction": "against_media", "honour_and_dignity": false,
              "parties": [{"actor": null, "name": "Lukpan Akhmedyarov", "role": "accused"}],
              "claimed_kzt": null, "awarded_kzt": null, "collected_kzt": null,
              "incidents": ["incident/2018-08-akhmedyarov"],
              "events": [{"date": "2018-08", "kind": "filed", "description": "%s", "in_favour_of_media": null,
                          "amount_kzt": null}]}]""";

    @Test
    void importingTheSameRecordTwiceChangesNothingAndAChangeUpdatesIt() {
        long incident = jdbc.sql("""
                insert into incident (external_id, title, occurred_on, date_precision, primary_category,
                    workflow_state) values ('incident/2018-08-akhmedyarov', 'Claim against Akhmedyarov',
                    date '2018-08-01', 'month', 'criminal_pretrial', 'published') returning id""")
                .query(Long.class).single();
        ImportRun first = run();
        section.importRecords(records(AKHMEDYAROV.formatted("Complaint filed")), first);
        assertThat(first.rejections()).isEmpty();
        assertThat(first.tallies().get("legal_cases")).isEqualTo(new ImportRun.Tally(1, 0, 0));
        long id = section.idByExternalId("case/2018-08-akhmedyarov-privacy").orElseThrow();
        assertThat(jdbc.sql("select incident_id from legal_case_incident where case_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(incident);

        ImportRun again = run();
        section.importRecords(records(AKHMEDYAROV.formatted("Complaint filed")), again);
        assertThat(again.tallies().get("legal_cases")).isEqualTo(new ImportRun.Tally(0, 0, 1));
        assertThat(revision(id)).isEqualTo(1);

        ImportRun changed = run();
        section.importRecords(records(AKHMEDYAROV.formatted("Complaint filed with the police in Uralsk")), changed);
        assertThat(changed.tallies().get("legal_cases")).isEqualTo(new ImportRun.Tally(0, 1, 0));
        assertThat(revision(id)).isEqualTo(2);
        assertThat(jdbc.sql("select description from legal_case_event where case_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Complaint filed with the police in Uralsk");

        List<?> exported = section.exportRecords();
        assertThat(exported.toString()).contains("case/2018-08-akhmedyarov-privacy", "incident/2018-08-akhmedyarov");
    }

    @Test
    void theSameCaseWithItsKeysInAnotherOrderIsUnchanged() {
        String externalId = "case/key-order-" + UUID.randomUUID();
        List<JsonNode> written = records("""
                [{"external_id": "%s", "title": "A claim written twice", "kind": "civil", "stage": "first_instance",
                  "direction": "against_media", "opened_on": "2019-05",
                  "parties": [{"actor": null, "name": "Editor of a regional paper", "role": "defendant"}],
                  "events": [{"date": "2019-05", "kind": "filed", "description": "Claim filed"}]}]"""
                .formatted(externalId));
        ImportRun first = run();
        section.importRecords(written, first);
        assertThat(first.rejections()).isEmpty();
        long id = section.idByExternalId(externalId).orElseThrow();

        ImportRun again = run();
        section.importRecords(written.stream().map(LegalCaseSectionTest::keysReversed).toList(), again);

        assertThat(again.tallies().get("legal_cases")).isEqualTo(new ImportRun.Tally(0, 0, 1));
        assertThat(revision(id)).isEqualTo(1);
    }

    /** The same JSON with the keys of every object, nested ones too, written in the opposite order. */
    private static JsonNode keysReversed(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(keysReversed(element)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> keys = new ArrayList<>(node.propertyNames());
        Collections.reverse(keys);
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        keys.forEach(key -> copy.set(key, keysReversed(node.get(key))));
        return copy;
    }

    @Test
    void aBadRecordIsRejectedWithItsPositionAndField() {
        ImportRun run = run();
        section.importRecords(records("""
                [{"external_id": "case/ok", "title": "Fine", "kind": "civil", "direction": "against_media",
                  "opened_on": "2018"},
                 {"external_id": "case/bad", "title": "Bad", "kind": "civil", "direction": "against_media",
                  "opened_on": "2018-03", "claimed_kzt": 1.5e6, "incidents": ["incident/nowhere"]}]"""), run);
        assertThat(run.rejections()).extracting(Object::toString).containsExactlyInAnyOrder(
                "legal_cases[1].claimed_kzt: must be a whole number of tenge (e.g. 78100000), not 1500000.0",
                "legal_cases[1].incidents[0]: no incident has external id 'incident/nowhere'");
        assertThat(section.order()).isEqualTo(40);
        assertThat(section.name()).isEqualTo("legal_cases");
    }

    private int revision(long id) {
        return jdbc.sql("select revision from legal_case where id = ?").param(id).query(Integer.class).single();
    }

    /** Stands in for the incidents section, which another feature provides. */
    record IncidentsByExternalId(JdbcClient jdbc) implements DatasetSection {
        public String name() {
            return "incidents";
        }

        public int order() {
            return 30;
        }

        public void importRecords(List<JsonNode> records, ImportRun run) {
            throw new UnsupportedOperationException("not part of this test");
        }

        public Optional<Long> idByExternalId(String externalId) {
            return jdbc.sql("select id from incident where external_id = ?").param(externalId).query(Long.class)
                    .optional();
        }

        public List<?> exportRecords() {
            return List.of();
        }
    }
}
