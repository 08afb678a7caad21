package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measure of the reader: short reports written for this test (src/test/resources/archive/set, English and
 * Russian, in the styles of the service's archive), each beside a JSON of the month and the figures a careful person
 * reads off it. Prints the share of expected figures found, the share of stated figures that are right, and the
 * share of months right, with every miss; run with
 * {@code ./mvnw -o -B test -Dtest=FixtureSetTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FixtureSetTest {

    /** Scored: what a report states for its month or year, not the narrative items or multi-year indicators. */
    private static boolean scored(String key) {
        return key.startsWith("counts.") || key.startsWith("new_cases.") || key.startsWith("ytd.")
                || key.startsWith("previous_year.") || key.equals("judicial_acts") || key.equals("in_favor_of_media")
                || key.startsWith("damages_");
    }

    record Score(int expected, int found, int stated, int right, int reports, int monthsRight, List<String> misses) {

        double foundRate() {
            return (double) found / expected;
        }

        double rightRate() {
            return stated == 0 ? 1 : (double) right / stated;
        }

        double monthRate() {
            return (double) monthsRight / reports;
        }
    }

    static Score score(Path dir) throws IOException {
        List<Path> texts;
        try (var files = Files.list(dir)) {
            texts = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted()
                    .toList();
        }
        JsonMapper json = JsonMapper.builder().build();
        int expected = 0;
        int found = 0;
        int stated = 0;
        int right = 0;
        int monthsRight = 0;
        List<String> misses = new ArrayList<>();
        for (Path text : texts) {
            String name = text.getFileName().toString();
            JsonNode want = json.readTree(text.resolveSibling(name.replaceAll("\\.\\w+$", ".json")).toFile());
            Extraction e = Reports.EXTRACTOR.extract(name, ReportText.of(name, Files.readAllBytes(text)));
            Map<String, Long> got = new LinkedHashMap<>();
            e.figures().stream().filter(f -> scored(f.key())).forEach(f -> got.putIfAbsent(f.key(), f.value()));
            Map<String, Long> wanted = new LinkedHashMap<>();
            want.get("figures").properties().forEach(p -> wanted.put(p.getKey(), p.getValue().asLong()));
            String month = want.get("month").isNull() ? null : want.get("month").asString();
            if (Objects.equals(month, e.month() == null ? null : e.month().toString())) {
                monthsRight++;
            } else {
                misses.add(name + ": month " + e.month() + ", expected " + month);
            }
            expected += wanted.size();
            stated += got.size();
            for (var w : wanted.entrySet()) {
                if (w.getValue().equals(got.get(w.getKey()))) {
                    found++;
                    right++;
                } else {
                    misses.add(name + ": " + w.getKey() + " = " + got.get(w.getKey()) + ", expected " + w.getValue());
                }
            }
            got.keySet().stream().filter(k -> !wanted.containsKey(k))
                    .forEach(k -> misses.add(name + ": " + k + " = " + got.get(k) + " is not stated"));
        }
        return new Score(expected, found, stated, right, texts.size(), monthsRight, misses);
    }

    @Test
    void theReaderFindsWhatAPersonReadsOffTheReports() throws IOException, URISyntaxException {
        Score s = score(Path.of(FixtureSetTest.class.getResource("/archive/set").toURI()));
        s.misses().forEach(m -> System.out.println("miss: " + m));
        System.out.printf("fixture set: %d reports, %d figures expected; found %d (%.3f), stated %d, right %d (%.3f);"
                        + " month right %d of %d (%.3f)%n", s.reports(), s.expected(), s.found(), s.foundRate(),
                s.stated(), s.right(), s.rightRate(), s.monthsRight(), s.reports(), s.monthRate());
        assertThat(s.reports()).isGreaterThanOrEqualTo(40);
        assertThat(s.foundRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.rightRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.monthRate()).isGreaterThanOrEqualTo(0.95);
    }
}
