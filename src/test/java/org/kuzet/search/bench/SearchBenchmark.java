package org.kuzet.search.bench;

import org.kuzet.security.Viewer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.kuzet.KuzetApplication;
import org.kuzet.search.Facet;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchSort;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scale benchmark, run on demand (never by the test suite):
 * {@code java -Xmx2g -cp ... org.kuzet.search.bench.SearchBenchmark INCIDENTS DATA_DIR [QUERIES [reindex] [quick]]}.
 * Generates and COPY-loads INCIDENTS incidents into a PostgreSQL kept under DATA_DIR (reused when it already holds
 * them), rebuilds the Lucene search index (DATA_DIR/search), then runs a mix of faceted public queries through SearchIndex and the same
 * queries the naive way (ILIKE over the incident tables), and prints latencies and the ratio. See
 * docs/benchmarks.md.
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 300;

    /** Searches only: no naive way (for profiling). */
    private static boolean quick;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int incidents = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args.length > 1 ? args[1] : "target/search-benchmark");
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        List<String> flags = List.of(args).subList(Math.min(args.length, 3), args.length);
        boolean reindexAgain = flags.contains("reindex");
        quick = flags.contains("quick");
        ConfigurableApplicationContext spring = new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.NONE)
                .run("--kuzet.db.ephemeral=false", "--kuzet.db.data-dir=" + dataDir.toAbsolutePath(),
                        "--logging.level.root=WARN", "--kuzet.search.ephemeral=false");
        try {
            run(spring, incidents, queries, new CpuClock(dataDir.resolve("postgres")), dataDir, reindexAgain);
        } finally {
            spring.close();
        }
    }

    private static void run(ConfigurableApplicationContext spring, int incidents, int queries, CpuClock cpu,
                            Path dataDir, boolean reindexAgain) throws Exception {
        JdbcClient jdbc = spring.getBean(JdbcClient.class);
        SearchIndex index = spring.getBean(SearchIndex.class);
        long present = jdbc.sql("select count(*) from incident").query(Long.class).single();
        if (present == 0) {
            BenchmarkWorld world = new BenchmarkWorld(42);
            long started = System.nanoTime();
            double cpuStarted = cpu.seconds();
            double loadPgStarted = cpu.postgresSeconds();
            try (Connection connection = spring.getBean(DataSource.class).getConnection()) {
                new BenchmarkLoader(world, connection).load(incidents);
            }
            double loadSeconds = seconds(started);
            double loadCpu = cpu.seconds() - cpuStarted;
            double loadPg = cpu.postgresSeconds() - loadPgStarted;
            jdbc.sql("analyze").update();
            long indexStarted = System.nanoTime();
            double indexCpuStarted = cpu.seconds();
            double indexPgStarted = cpu.postgresSeconds();
            long documents = index.reindex();
            double indexSeconds = seconds(indexStarted);
            double indexCpu = cpu.seconds() - indexCpuStarted;
            double indexPg = cpu.postgresSeconds() - indexPgStarted;
            // as autovacuum would, soon after a bulk load: hint bits and the visibility map set (for the naive way)
            jdbc.sql("vacuum analyze incident, incident_victim, incident_perpetrator, incident_category, source, "
                    + "incident_source").update();
            print("load: %d incidents by COPY in %.1f s = %.0f incidents/s", incidents, loadSeconds, incidents / loadSeconds);
            print("index: %d documents by search-reindex in %.1f s = %.0f documents/s = %.0f incidents/s", documents,
                    indexSeconds, documents / indexSeconds, incidents / indexSeconds);
            print("load + index: %.0f incidents/s", incidents / (loadSeconds + indexSeconds));
            print("load CPU: PostgreSQL %.1f s, JVM %.1f s; index CPU: PostgreSQL %.1f s, JVM %.1f s", loadPg,
                    loadCpu - loadPg, indexPg, indexCpu - indexPg);
            print("CPU used (JVM + PostgreSQL): load %.1f s = %.0f incidents per CPU-second; index %.1f s = %.0f "
                    + "documents per CPU-second", loadCpu, incidents / loadCpu, indexCpu, documents / indexCpu);
        } else {
            print("reusing the %d incidents already loaded", present);
            if (reindexAgain) {
                long indexStarted = System.nanoTime();
                double indexCpuStarted = cpu.seconds();
                double indexPgStarted = cpu.postgresSeconds();
                long documents = index.reindex();
                double indexSeconds = seconds(indexStarted);
                double indexPg = cpu.postgresSeconds() - indexPgStarted;
                double indexCpu = cpu.seconds() - indexCpuStarted;
                print("index again: %d documents in %.1f s = %.0f documents/s = %.0f incidents/s; CPU PostgreSQL "
                        + "%.1f s, JVM %.1f s", documents, indexSeconds, documents / indexSeconds, present / indexSeconds,
                        indexPg, indexCpu - indexPg);
            }
        }
        print("sizes: %s; search index %d MB", jdbc.sql("""
                select string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)), ', ' order by relname)
                from pg_class where relname in ('incident', 'incident_victim', 'incident_perpetrator', 'source', 'actor')""")
                .query(String.class).single(), directorySize(dataDir.resolve("search")) >> 20);

        List<Named> mix = mix(new BenchmarkWorld(7), queries);
        // a server runs all day: 300 other queries of the same kinds first, so the measured ones meet compiled code
        measure("search (warm-up)", mix(new BenchmarkWorld(13), WARM_UP), index, jdbc, false, cpu);
        measure("search", mix, index, jdbc, false, cpu);
        if (!quick) {
            measure("naive ILIKE", mix.subList(0, Math.min(mix.size(), 60)), index, jdbc, true, cpu);
        }
        print("heap: -Xmx %d MB, peak used %d MB", Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
        print("load average: %s", String.join(" ", java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")).trim());
    }

    /** A query as a monitor or a visitor would type it, with the facets they would click. */
    record Named(String kind, SearchRequest request) {
    }

    static List<Named> mix(BenchmarkWorld world, int count) {
        String[] words = {"угрозы", "отказ", "иск", "блокировка", "задержание", "threatened", "талап-арыз", "журналиста",
            "заседание", "lawsuit"};
        Random r = world.random;
        List<Named> mix = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String person = world.person(r.nextInt(BenchmarkWorld.personCount()));
            String year = Integer.toString(2015 + r.nextInt(11));
            String region = BenchmarkWorld.regions().get(r.nextInt(20));
            mix.add(switch (i % 6) {
                case 0 -> new Named("person (Cyrillic)", SearchRequest.of(person, Viewer.PUBLIC));
                case 1 -> new Named("person (Latin) + year", SearchRequest.of(world.latin(person), Viewer.PUBLIC)
                        .with(Facet.YEAR, year));
                case 2 -> new Named("word + region", SearchRequest.of(words[r.nextInt(words.length)], Viewer.PUBLIC)
                        .with(Facet.REGION, region));
                case 3 -> new Named("facets only: region + year", SearchRequest.of("", Viewer.PUBLIC)
                        .with(Facet.REGION, region).with(Facet.YEAR, year).sortedBy(SearchSort.DATE));
                case 4 -> new Named("phrase + year", SearchRequest.of("\"защите чести\"", Viewer.PUBLIC)
                        .with(Facet.YEAR, year));
                default -> {
                    String latin = world.latin(person.substring(person.indexOf(' ') + 1));
                    String typo = latin.substring(0, latin.length() - 3) + latin.substring(latin.length() - 2);
                    yield new Named("misspelt surname + category", SearchRequest.of(typo, Viewer.PUBLIC)
                            .with(Facet.CATEGORY, "refusal_of_information"));
                }
            });
        }
        return mix;
    }

    private static void measure(String label, List<Named> mix, SearchIndex index, JdbcClient jdbc, boolean naive,
                                CpuClock cpu) {
        List<Long> all = new ArrayList<>();
        java.util.Map<String, List<Long>> byKind = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> hitsByKind = new java.util.LinkedHashMap<>();
        // one kind after another, so that the CPU time of each kind can be told apart
        java.util.Map<String, List<Named>> kinds = new java.util.LinkedHashMap<>();
        mix.forEach(q -> kinds.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q));
        java.util.Map<String, Double> cpuByKind = new java.util.LinkedHashMap<>();
        double cpuAll = 0;
        for (var kind : kinds.entrySet()) {
            double cpuStarted = cpu.seconds();
            for (Named q : kind.getValue()) {
                long started = System.nanoTime();
                long total = naive ? NaiveSearch.search(jdbc, q.request()) : index.search(q.request()).total();
                long micros = (System.nanoTime() - started) / 1_000;
                all.add(micros);
                byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(micros);
                hitsByKind.merge(q.kind(), total, Long::sum);
            }
            double used = cpu.seconds() - cpuStarted;
            cpuAll += used;
            cpuByKind.put(kind.getKey(), used * 1000 / kind.getValue().size());
        }
        print("%s: %d queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms; CPU (JVM + PostgreSQL) %.1f ms per query",
                label, all.size(), pct(all, 50), pct(all, 95), pct(all, 100), cpuAll * 1000 / mix.size());
        byKind.forEach((kind, times) -> print("  %-30s p50 %7.1f ms  p95 %7.1f ms  CPU %6.1f ms/query  mean hits %d",
                kind, pct(times, 50), pct(times, 95), cpuByKind.get(kind), hitsByKind.get(kind) / times.size()));
    }

    private static double pct(List<Long> micros, int percentile) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long directorySize(Path directory) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(directory)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

}
