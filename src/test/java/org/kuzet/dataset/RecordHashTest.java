package org.kuzet.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** The canonical form behind a record's hash must not move: files imported before are recognised by it. */
class RecordHashTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesEveryStringAsJacksonWritesTheNode() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            every.append(c);
        }
        for (String text : new String[] {every.toString(), "", "plain", "Азаттық \"радиосы\"", "tab\there\\there",
            "line\r\nbreak", "\u2028\u2029\u007f", "\uD83D\uDCF0 news", "\u0000\u001f"}) {
            StringBuilder ours = new StringBuilder();
            RecordHash.jsonString(text, ours);
            assertThat(ours.toString()).isEqualTo(StringNode.valueOf(text).toString());
        }
    }

    @Test
    void keyOrderAndNullsDoNotChangeTheHash() {
        JsonNode a = json.readTree("{\"title\": \"Arrest in Oral\", \"place\": \"kz-oral\", \"summary\": null}");
        JsonNode b = json.readTree("{\"place\": \"kz-oral\", \"title\": \"Arrest in Oral\"}");
        JsonNode c = json.readTree("{\"place\": \"kz-oral\", \"title\": \"Arrest in Uralsk\"}");
        assertThat(RecordHash.of(a)).isEqualTo(RecordHash.of(b)).isNotEqualTo(RecordHash.of(c));
    }

    @Test
    void hashesTheCanonicalTextOfTheRecord() {
        // SHA-256 of {"date":"2024-03","n":[1,"a\nb"],"title":"Тест"} (sha256sum of the UTF-8 text, computed aside)
        JsonNode record = json.readTree("{\"title\": \"Тест\", \"n\": [1, \"a\\nb\"], \"date\": \"2024-03\"}");
        assertThat(RecordHash.of(record)).isEqualTo(EXPECTED);
    }

    @Test
    void writesNumbersAndTruthValuesAsJacksonWritesTheNode() throws Exception {
        JsonNode values = json.readTree("[0, -7, 9223372036854775807, 92233720368547758070, 1.5, -0.0, 1e3, true, "
                + "false]");
        for (JsonNode value : values) {
            JsonNode record = json.readTree("{\"n\": " + value + "}");
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("{\"n\":" + value + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(RecordHash.of(record)).as(value.toString())
                    .isEqualTo(java.util.HexFormat.of().formatHex(digest));
        }
    }

    private static final String EXPECTED = "364964e2a2885dc97ef8531ad6e4b34f229bd90ba9c14f9fcbbdd3ef0f597aec";
}
