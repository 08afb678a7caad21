package org.kuzet.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.kuzet.dataset.internal.DatasetExport;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dataset files and three languages: a file written before records had translations imports as it did (each
 * incident in the language of its letters), a file with translations imports and exports them, and a translation
 * into the record's own language is refused, naming the record and the field.
 */
@SpringBootTest
class TranslatedDatasetTest {

    @Autowired
    DatasetImport importer;
    @Autowired
    DatasetExport export;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private final String prefix = "incident/translated-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private FileImport load(String file) {
        return importer.importBytes("test.json", file.getBytes(StandardCharsets.UTF_8));
    }

    private String stored(String name, String column) {
        return jdbc.sql("select " + column + "::text from incident where external_id = ?").param(prefix + name)
                .query(String.class).single();
    }

    @Test
    void aFileWrittenBeforeTranslationsImportsAsItDid() {
        FileImport result = load("""
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$sold-ru", "title": "Угрозы главному редактору Orda.kz", "summary": "",
                   "date": "2025", "primary_category": "threats", "state": "published"},
                  {"external_id": "%1$sold-en", "title": "Threats against the editor of Orda.kz",
                   "date": "2025", "primary_category": "threats"}]}
                """.formatted(prefix));
        assertThat(result.problems()).isEmpty();
        assertThat(stored("old-ru", "language")).isEqualTo("ru");
        assertThat(stored("old-en", "language")).isEqualTo("en");
        assertThat(stored("old-ru", "translations")).isEqualTo("{}");
    }

    @Test
    void translationsAreImportedAndExported() throws Exception {
        FileImport result = load("""
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$sazattyq", "title": "Ministry refused accreditation to 16 Azattyq journalists",
                   "language": "en", "date": "2025", "primary_category": "accreditation_denial",
                   "translations": {"kk": {"title": "Министрлік Азаттықтың 16 журналисіне аккредитация бермеді"},
                                    "ru": {"title": "Министерство отказало в аккредитации 16 журналистам Азаттыка",
                                           "summary": "Половина редакции осталась без аккредитации."}}}]}
                """.formatted(prefix));
        assertThat(result.problems()).isEmpty();
        assertThat(stored("azattyq", "translations -> 'ru' ->> 'summary'"))
                .isEqualTo("Половина редакции осталась без аккредитации.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        JsonNode exported = null;
        for (JsonNode incident : json.readTree(out.toByteArray()).path("incidents")) {
            if (incident.path("external_id").asString().equals(prefix + "azattyq")) {
                exported = incident;
            }
        }
        assertThat(exported).isNotNull();
        assertThat(exported.path("language").asString()).isEqualTo("en");
        assertThat(exported.path("translations").path("kk").path("title").asString())
                .isEqualTo("Министрлік Азаттықтың 16 журналисіне аккредитация бермеді");
        assertThat(DatasetSchemaTest.problems(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toByteArray()))).isEmpty();
    }

    @Test
    void aTranslationIntoTheRecordsOwnLanguageIsRefusedAndNothingIsWritten() {
        FileImport result = load("""
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$sown", "title": "Угрозы адвокатам", "language": "ru",
                   "date": "2025", "primary_category": "threats",
                   "translations": {"ru": {"title": "Угрозы защитникам"}}}]}
                """.formatted(prefix));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString()).contains("translations.ru"));
        assertThat(jdbc.sql("select count(*) from incident where external_id = ?").param(prefix + "own")
                .query(Long.class).single()).isZero();
    }
}
