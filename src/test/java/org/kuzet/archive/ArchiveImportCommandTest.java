package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.cli.Cli;
import tools.jackson.databind.json.JsonMapper;

/** archive-import --dry-run --json: one JSON object per file, and no database started. */
class ArchiveImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            int exit = Cli.run(args);
            // Starting Kuzet (context.bean) would have moved standard output to standard error.
            assertThat(System.out).as("no application context was started").isSameAs(capture);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsOneJsonObjectPerFileWithoutADatabase() throws Exception {
        Path march = dir.resolve("report-2024-03.txt");
        Path august = dir.resolve("report-2020-08.txt");
        try (var a = getClass().getResourceAsStream("/fixtures/report-2024-03.txt");
             var b = getClass().getResourceAsStream("/fixtures/report-2020-08.txt")) {
            Files.write(march, a.readAllBytes());
            Files.write(august, b.readAllBytes());
        }
        Run run = run("archive-import", march.toString(), august.toString(), "--dry-run", "--json");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> first = json.readValue(lines.get(0), Map.class);
        Map<String, Object> second = json.readValue(lines.get(1), Map.class);
        assertThat(first).containsEntry("file", march.toString()).containsEntry("month", "2024-03")
                .doesNotContainKey("judicial_acts").doesNotContainKey("damages_claimed_kzt");
        assertThat((Map<String, Object>) first.get("counts")).containsEntry("rights_violations", 7)
                .containsEntry("administrative", 1);
        assertThat(second).containsEntry("month", "2020-08").containsEntry("judicial_acts", 8)
                .containsEntry("in_favor_of_media", 5).containsEntry("damages_claimed_kzt", 78100000)
                .containsEntry("damages_collected_kzt", 935993);
        assertThat((Map<String, Object>) second.get("counts")).isEmpty();
        assertThat((Map<String, Object>) second.get("ytd")).containsEntry("criminal", 41).containsEntry("civil", 52);
        assertThat((List<Object>) second.get("items")).hasSize(5);
        assertThat((List<Object>) second.get("warnings")).isEmpty();
    }

    @Test
    void wrongUsage() {
        assertThat(run("archive-import", "--dry-run").exit()).isEqualTo(2);
        assertThat(run("archive-import", dir.resolve("missing.txt").toString(), "--dry-run").exit()).isEqualTo(1);
        assertThat(run("archive-import", "x.txt", "--dry", "--json").exit()).isEqualTo(2);
    }
}
