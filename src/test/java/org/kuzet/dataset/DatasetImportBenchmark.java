package org.kuzet.dataset;

import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.kuzet.security.Viewer;
import org.kuzet.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kuzet.OwnDatabase;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of the test suite (the name does not end in Test): bulk loading through the real import path. Run it
 * with {@code JAVA_TOOL_OPTIONS=-Xmx2g ./mvnw -q -B test -Dtest=DatasetImportBenchmark -Dkuzet.bench.incidents=100000}
 * (under {@code flock /work/bench.lock}); it writes a generated file of actors, sources and incidents, imports it
 * into the test's empty database, imports it again (all unchanged), then searches until every incident is found,
 * and prints the figures (also to target/benchmarks/import.txt). {@code -Dkuzet.bench.import-only=true} stops after
 * the import and its report counts (for a million incidents). docs/benchmarks.md keeps what was measured.
 */
@SpringBootTest
@OwnDatabase // it times an import into an empty database
class DatasetImportBenchmark {

    private static final Viewer MONITOR = new Viewer("test-monitor", Role.MONITOR);

    private static final String[] PLACES = {"kz-almaty", "kz-astana", "kz-kostanay", "kz-temirtau", "kz-oral",
        "kz-aktobe", "kz-atyrau", "kz-shymkent"};
    private static final String[] CATEGORIES = {"threats", "attacks", "blocking", "accreditation_denial",
        "refusal_of_information", "criminal_pretrial", "civil_claims", "discrediting"};
    private static final String[] VICTIM_KINDS = {"journalist", "blogger", "media_outlet", "citizen"};
    private static final String[] PERPETRATOR_TYPES = {"official", "law_enforcement", "court", "unknown"};
    private static final int ACTORS = 500;
    private static final int SOURCES = 300;

    @Autowired
    DatasetImport importer;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndex search;

    @Test
    @EnabledIfSystemProperty(named = "kuzet.bench.incidents", matches = "[0-9]+",
            disabledReason = "a benchmark: runs only when asked for with -Dkuzet.bench.incidents=N")
    void importGeneratedFile() throws IOException {
        int count = Integer.getInteger("kuzet.bench.incidents");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Path.of("target/benchmarks/import-" + count + ".json");
        Files.createDirectories(file.getParent());
        long published = write(file, count, run);
        StringBuilder report = new StringBuilder();
        report.append(String.format("file: %,d incidents, %,d bytes; load before: %s%n", count, Files.size(file),
                uptime()));

        resetPeaks();
        long start = System.nanoTime();
        FileImport first = importer.importFile(file);
        long importMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.problems()).isEmpty();
        assertThat(first.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(count, 0, 0));
        report.append(String.format("import: %,d ms, %,.0f incidents/s, heap peak %,d MB%n", importMs,
                count * 1000.0 / importMs, heapPeakMb()));

        long counted = jdbc.sql("select coalesce(sum(incidents), 0) from report_incident_count").query(Long.class)
                .single();
        report.append(String.format("report counts: %,d published incidents counted, %,d in the file%n", counted,
                published));
        assertThat(counted).isEqualTo(published);
        if (Boolean.getBoolean("kuzet.bench.import-only")) {
            // a million: the import and its memory alone, without the long search catch-up and second import
            report.append(String.format("load after: %s%n", uptime()));
            System.err.println(report);
            Files.writeString(Path.of("target/benchmarks/import.txt"), report, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return;
        }

        start = System.nanoTime();
        long found = search.search(SearchRequest.of("generated", MONITOR)).total();
        long searchMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).isEqualTo(count);
        report.append(String.format("first search after the import (catches up with every incident): %,d ms%n",
                searchMs));

        resetPeaks();
        start = System.nanoTime();
        FileImport second = importer.importFile(file);
        long againMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(second.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(0, 0, count));
        report.append(String.format("the same file again (all unchanged): %,d ms, heap peak %,d MB; load after: %s%n",
                againMs, heapPeakMb(), uptime()));
        System.err.println(report);
        Files.writeString(Path.of("target/benchmarks/import.txt"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Writes the file record by record (never whole in memory); answers how many incidents it publishes. */
    private long write(Path file, int count, String run) throws IOException {
        long published = 0;
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("format");
            g.writeString(DatasetImport.FORMAT);
            g.writeName("actors");
            g.writeStartArray();
            for (int a = 0; a < ACTORS; a++) {
                g.writeStartObject();
                text(g, "external_id", "actor/bench-" + run + "-" + a);
                text(g, "kind", a % 5 == 0 ? "organisation" : "person");
                text(g, "actor_type", a % 5 == 0 ? "media_outlet" : "journalist");
                text(g, "name", (a % 5 == 0 ? "Outlet " : "Reporter ") + a);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("sources");
            g.writeStartArray();
            for (int s = 0; s < SOURCES; s++) {
                g.writeStartObject();
                text(g, "external_id", "source/bench-" + run + "-" + s);
                text(g, "kind", "media_article");
                text(g, "outlet", "actor/bench-" + run + "-" + (s % (ACTORS / 5)) * 5);
                text(g, "title", "Article " + s + " on pressure on the press");
                text(g, "url", "https://example.kz/news/" + s);
                text(g, "published_on", String.format("%d-%02d", 2019 + s % 6, 1 + s % 12));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("incidents");
            g.writeStartArray();
            for (int i = 0; i < count; i++) {
                boolean publish = i % 3 != 0;
                published += publish ? 1 : 0;
                g.writeStartObject();
                text(g, "external_id", "incident/bench-" + run + "-" + i);
                text(g, "title", "Generated incident " + i + " in " + PLACES[i % PLACES.length]);
                text(g, "summary", "A journalist was prevented from reporting; the editor complained to the "
                        + "prosecutor. Record " + i + ".");
                text(g, "date", i % 10 == 0 ? String.valueOf(2019 + i % 6)
                        : String.format("%d-%02d-%02d", 2019 + i % 6, 1 + i % 12, 1 + i % 28));
                text(g, "place", PLACES[i % PLACES.length]);
                text(g, "primary_category", CATEGORIES[i % CATEGORIES.length]);
                g.writeName("categories");
                g.writeStartArray();
                g.writeString(CATEGORIES[(i + 3) % CATEGORIES.length]);
                g.writeEndArray();
                g.writeName("people_affected");
                g.writeNumber(1 + i % 3);
                text(g, "verification", i % 4 == 0 ? "unverified" : "confirmed");
                text(g, "state", publish ? "published" : i % 2 == 0 ? "draft" : "in_review");
                g.writeName("victims");
                g.writeStartArray();
                g.writeStartObject();
                text(g, "actor", "actor/bench-" + run + "-" + i % ACTORS);
                text(g, "name", "Reporter " + i % ACTORS);
                text(g, "kind", VICTIM_KINDS[i % VICTIM_KINDS.length]);
                text(g, "gender", i % 2 == 0 ? "female" : "male");
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("perpetrators");
                g.writeStartArray();
                g.writeStartObject();
                text(g, "name", "Official " + i % 97);
                text(g, "type", PERPETRATOR_TYPES[i % PERPETRATOR_TYPES.length]);
                g.writeEndObject();
                g.writeEndArray();
                g.writeName("sources");
                g.writeStartArray();
                g.writeString("source/bench-" + run + "-" + i % SOURCES);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return published;
    }

    private static void text(JsonGenerator g, String name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
