package org.kuzet.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.core.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/** A record of the API or of a dataset file is read with the same rules, whoever sends it. */
class JsonRecordTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonRecord read(String json) {
        return new JsonRecord(JSON.readTree(json), List.of("title", "date", "seen_at", "tags"));
    }

    @Test
    void controlCharactersAnywhereAreNamedByTheirField() {
        JsonRecord record = read("""
                {"title": "tab\\tand\\r\\nbreaks are text", "tags": ["fine", "bell\\u0007"], "date": "2024\\u0000"}""");
        assertThat(record.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("tags[1]", "date");
    }

    @Test
    void datesAndMomentsOutside1900ToNextYearAreRefused() {
        JsonRecord record = read("""
                {"date": "0000-01-01", "seen_at": "0000-01-01T00:00:00Z"}""");
        assertThat(record.date("date", true, LocalDate.now())).isNull();
        assertThat(record.instant("seen_at", Instant.now())).isNull();
        assertThat(record.problems()).extracting(FieldProblem::field).containsExactly("date", "seen_at");
        assertThat(record.problems()).allSatisfy(p -> assertThat(p.message()).contains("from 1900"));
    }
}
