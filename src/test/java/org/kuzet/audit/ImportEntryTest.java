package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A dataset file is one entry in the log, named by its SHA-256 with its counts, not one entry per record. */
@SpringBootTest
class ImportEntryTest {

    @Autowired
    DatasetImport importer;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private final String prefix = "audit-import-" + UUID.randomUUID().toString().substring(0, 8);

    private String file(String caseTitle) {
        return """
                {"format": "kuzet-dataset/1",
                 "actors": [{"external_id": "%1$s/actor", "kind": "organisation", "actor_type": "media_outlet",
                             "name": "Import Trail Gazette %1$s"},
                            {"external_id": "%1$s/actor-2", "kind": "person", "actor_type": "journalist",
                             "name": "Import Trail Reporter %1$s"}],
                 "legal_cases": [{"external_id": "%1$s/case", "title": "%2$s", "kind": "civil",
                                  "direction": "against_media", "opened_on": "2018-06-01"}]}"""
                .formatted(prefix, caseTitle);
    }

    @Test
    void aFileIsOneEntryWithItsHashAndCounts(@TempDir Path dir) throws Exception {
        long entriesBefore = entries();
        Path first = write(dir, "first.json", file("Claim imported"));
        FileImport imported = importer.importFile(first);
        assertThat(imported.problems()).isEmpty();
        assertThat(entries()).isEqualTo(entriesBefore + 1);
        String sha = sha256(first);
        AuditEntry entry = audit.history("dataset_file", sha).getFirst();
        assertThat(entry.action()).isEqualTo("dataset.imported");
        JsonNode after = json.readTree(entry.after());
        assertThat(after.get("sha256").stringValue()).isEqualTo(sha);
        assertThat(after.get("file").stringValue()).isEqualTo("first.json");
        assertThat(counts(after, "actors")).containsExactly(2, 0, 0);
        assertThat(counts(after, "legal_cases")).containsExactly(1, 0, 0);

        Path changed = write(dir, "second.json", file("Claim imported, title corrected"));
        importer.importFile(changed);
        assertThat(entries()).isEqualTo(entriesBefore + 2);
        JsonNode second = json.readTree(audit.history("dataset_file", sha256(changed)).getFirst().after());
        assertThat(counts(second, "actors")).containsExactly(0, 0, 2);
        assertThat(counts(second, "legal_cases")).containsExactly(0, 1, 0);
        long caseId = jdbc.sql("select id from legal_case where external_id = ?").param(prefix + "/case")
                .query(Long.class).single();
        assertThat(audit.history("legal_case", Long.toString(caseId))).isEmpty();

        String bad = file("Claim").replace("\"opened_on\": \"2018-06-01\"", "\"opened_on\": \"2018-13-45\"");
        FileImport refused = importer.importBytes("bad.json", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.rejected()).isTrue();
        assertThat(entries()).as("a rejected file is rolled back with its entry").isEqualTo(entriesBefore + 2);
        AuditVerification verified = chain.verify();
        assertThat(verified.intact()).as(verified.problem()).isTrue();
    }

    /** Entries about what the file holds (its actors and case) or about the file: nothing else writes these here. */
    private long entries() {
        return jdbc.sql("select count(*) from audit_entry where entity_type in ('dataset_file', 'actor', 'legal_case')")
                .query(Long.class).single();
    }

    private static List<Integer> counts(JsonNode after, String section) {
        JsonNode tally = after.get("sections").get(section);
        return List.of(tally.get("created").intValue(), tally.get("updated").intValue(),
                tally.get("unchanged").intValue());
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
