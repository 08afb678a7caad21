package org.kuzet.bench;

import java.nio.file.Path;
import org.kuzet.KuzetApplication;
import org.kuzet.search.bench.SearchBenchmark;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data of the web benchmark (bench/web-benchmark.sh), run on demand: {@code WebBenchData INCIDENTS DATA_DIR}.
 * Reuses the search benchmark's generator and COPY loader (90% of incidents published, the rest draft, in review
 * or rejected), then gives the published ones a publication time, which the loader leaves empty but the Atom feed
 * and the home page sort by. Does nothing when DATA_DIR already holds incidents with publication times.
 */
public final class WebBenchData {

    private WebBenchData() {
    }

    public static void main(String[] args) throws Exception {
        String incidents = args[0];
        Path dataDir = Path.of(args.length > 1 ? args[1] : "target/web-bench").toAbsolutePath();
        long[] present = new long[1];
        // The search loader predates V7's source.published_on_precision (required with a date): a column default
        // stands in for it while loading, and is removed again below.
        withKuzet(dataDir, jdbc -> {
            present[0] = jdbc.sql("select count(*) from incident").query(Long.class).single();
            if (present[0] == 0) {
                jdbc.sql("alter table source alter column published_on_precision set default 'day'").update();
            } else {
                publish(jdbc);
            }
        });
        if (present[0] > 0) {
            return;
        }
        // loads the incidents and builds the search index; 6 queries only, the search numbers are not ours
        SearchBenchmark.main(new String[] {incidents, dataDir.toString(), "6"});
        withKuzet(dataDir, jdbc -> {
            jdbc.sql("alter table source alter column published_on_precision drop default").update();
            publish(jdbc);
        });
    }

    /** Publication times, in one statement with the search triggers standing aside (the text does not change). */
    private static void publish(JdbcClient jdbc) {
        // published some days after it happened (deterministic by id), never in the future
        int updated = jdbc.sql("""
                update incident set published_at = least(now() - make_interval(mins => (id % 997)::int),
                    occurred_on + make_interval(days => (id % 40)::int, hours => (id % 24)::int))
                from (select set_config('kuzet.search_refresh', 'off', false)) off
                where workflow_state = 'published' and published_at is null""").update();
        jdbc.sql("select set_config('kuzet.search_refresh', '', false)").query(String.class).single();
        jdbc.sql("vacuum analyze incident").update();
        System.out.printf("published_at set on %d incidents; %s%n", updated, jdbc.sql("""
                select count(*) filter (where workflow_state = 'published') || ' published of ' || count(*)
                from incident""").query(String.class).single());
    }

    private static void withKuzet(Path dataDir, java.util.function.Consumer<JdbcClient> work) {
        ConfigurableApplicationContext spring = new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--kuzet.db.ephemeral=false", "--kuzet.db.data-dir=" + dataDir,
                        "--server.port=0", "--logging.level.root=WARN");
        try {
            work.accept(spring.getBean(JdbcClient.class));
        } finally {
            spring.close();
        }
    }
}
