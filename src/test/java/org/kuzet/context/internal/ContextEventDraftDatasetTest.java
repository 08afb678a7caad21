package org.kuzet.context.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kuzet.api.Conflict;
import org.kuzet.api.DatasetSchemas;
import org.kuzet.context.ContextEvents;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import org.kuzet.dataset.ImportRun.Tally;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A context event's draft state travels in a dataset file: a draft read from an archived report (seed 002's month,
 * a parliament reading) is exported with {@code "state": "draft"} and imported back as a draft, unchanged; a published
 * one is written as before drafts existed, so old files import as they did; a file may publish a draft but never
 * send a published event back to draft.
 */
@SpringBootTest
class ContextEventDraftDatasetTest {

    @Autowired
    ContextEvents events;
    @Autowired
    ContextEventSection section;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JsonMapper json;

    @Test
    void aDraftIsExportedAsADraftAndImportsBackUnchanged() throws Exception {
        long draft = events.recordDraft(json.readTree("""
                {"external_id": "context/t-draft-reading", "date": "2024-03-05", "kind": "parliament_reading",
                 "title": "Mazhilis reads the draft law on mass media in the first reading"}"""), "archive-import").id();
        events.record(json.readTree("""
                {"external_id": "context/t-draft-order", "date": "2024-03-01", "place": "kz-astana",
                 "kind": "draft_order", "title": "Draft order on restricting access to internet resources"}"""),
                "monitor");

        List<Map<String, Object>> exported = exported("context/t-draft-reading", "context/t-draft-order");
        assertThat(exported).filteredOn(r -> r.get("external_id").equals("context/t-draft-reading"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("state", "draft"));
        assertThat(exported).filteredOn(r -> r.get("external_id").equals("context/t-draft-order"))
                .singleElement().satisfies(r -> assertThat(r).doesNotContainKey("state"));
        JsonNode file = json.createObjectNode().put("format", "kuzet-dataset/1")
                .set("context_events", json.valueToTree(exported));
        assertThat(JsonSchemaFactory.byDefault().getJsonSchema(schema()).validate(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toString())).isSuccess()).isTrue();

        ImportRun again = importRecords(json.valueToTree(exported));
        assertThat(again.rejections()).isEmpty();
        assertThat(again.tallies()).containsEntry("context_events", new Tally(0, 0, 2));
        assertThat(isDraft(draft)).isTrue();
    }

    @Test
    void aFilePublishesADraftButCannotUnpublish() {
        long draft = events.recordDraft(json.readTree("""
                {"external_id": "context/t-publish-reading", "date": "2024-03-12", "kind": "parliament_reading",
                 "title": "Senate approves the law on mass media"}"""), "archive-import").id();
        ImportRun run = importRecords(json.readTree("""
                [{"external_id": "context/t-publish-reading", "date": "2024-03-12", "kind": "parliament_reading",
                  "title": "Senate approves the law on mass media", "state": "published"}]"""));
        assertThat(run.tallies()).containsEntry("context_events", new Tally(0, 1, 0));
        assertThat(isDraft(draft)).isFalse();
        assertThat(jdbc.sql("select published_by from context_event where id = ?").param(draft).query(String.class)
                .single()).isEqualTo("import");

        assertThatThrownBy(() -> importRecords(json.readTree("""
                [{"external_id": "context/t-publish-reading", "date": "2024-03-12", "kind": "parliament_reading",
                  "title": "Senate approves the law on mass media", "state": "draft"}]""")))
                .isInstanceOf(Conflict.class);
        assertThat(isDraft(draft)).isFalse();
    }

    @Test
    void aDraftPublishedByAMonitorExportsAsPublishedAndImportsBackUnchanged() {
        long draft = events.recordDraft(json.readTree("""
                {"external_id": "context/t-reviewed", "date": "2024-03-20", "kind": "official_statement",
                 "title": "Ministry statement on accreditation rules"}"""), "archive-import").id();
        events.publish(draft, new Viewer("t-monitor", Role.MONITOR));
        List<Map<String, Object>> exported = exported("context/t-reviewed");
        assertThat(exported).singleElement().satisfies(r -> assertThat(r).doesNotContainKey("state"));
        assertThat(importRecords(json.valueToTree(exported)).tallies())
                .containsEntry("context_events", new Tally(0, 0, 1));
    }

    /** This test's records only: other tests share the database. */
    private List<Map<String, Object>> exported(String... externalIds) {
        // a record of another test may have no external id: List.of(...).contains(null) would throw
        return section.exportRecords().stream().filter(r -> r.get("external_id") != null
                && List.of(externalIds).contains(r.get("external_id"))).toList();
    }

    private boolean isDraft(long id) {
        return jdbc.sql("select published_at is null from context_event where id = ?").param(id)
                .query(Boolean.class).single();
    }

    private ImportRun importRecords(JsonNode records) {
        ImportRun run = new ImportRun(name -> name.equals(section.name()) ? Optional.<DatasetSection>of(section)
                : Optional.empty());
        tx.executeWithoutResult(status -> section.importRecords(List.copyOf(records.values()), run));
        return run;
    }

    private static com.fasterxml.jackson.databind.JsonNode schema() throws Exception {
        try (InputStream in = DatasetSchemas.class.getClassLoader().getResourceAsStream(DatasetSchemas.RESOURCE)) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
    }
}
