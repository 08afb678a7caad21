package org.kuzet.dataset;

import org.kuzet.dataset.internal.DatasetExport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.kuzet.api.DatasetSchemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The published JSON Schema of {@code kuzet-dataset/1} holds what the importer takes and the exporter writes: the
 * seed dataset and an export of the database validate against it, and it refuses what the importer refuses (an
 * unknown key, a date without its precision's form, an unknown category of value).
 */
@SpringBootTest
class DatasetSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DatasetExport export;

    @Test
    void theSeedDatasetAndAnExportValidate() throws Exception {
        assertThat(problems(resource("dataset/seeds.json"))).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        assertThat(problems(JSON.readTree(out.toByteArray()))).isEmpty();
    }

    @Test
    void whatTheImporterRefusesTheSchemaRefusesToo() throws Exception {
        assertThat(problems(JSON.readTree("""
                {"format": "kuzet-dataset/1", "incidents": [{"title": "t", "date": "2024-13",
                 "primary_category": "detention", "verificaton": "confirmed"}],
                 "legal_cases": [{"title": "c", "kind": "criminal", "claimed_kzt": 1.5}]}
                """))).contains("/incidents/0/date", "/incidents/0", "/legal_cases/0/claimed_kzt");
        assertThat(problems(JSON.readTree("{\"format\": \"kuzet-dataset/2\"}"))).contains("/format");
    }

    /** The JSON pointers of the places that break the schema. */
    static String problems(JsonNode document) throws Exception {
        JsonSchema schema = JsonSchemaFactory.byDefault().getJsonSchema(resource(DatasetSchemas.RESOURCE));
        ProcessingReport report = schema.validate(document, true);
        StringBuilder problems = new StringBuilder();
        report.forEach(m -> problems.append(m.asJson().path("instance").path("pointer").asText()).append(": ")
                .append(m.getMessage()).append('\n'));
        return report.isSuccess() ? "" : problems.toString();
    }

    private static JsonNode resource(String path) throws Exception {
        try (InputStream in = DatasetSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
            return JSON.readTree(in);
        }
    }
}
