package org.kuzet.inquiry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kuzet.KuzetApplication;
import org.kuzet.bench.CpuTime;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public per-body page of requests to state bodies at {@code REQUESTS} requests, run on demand:
 * {@code InquiryPageBenchmark REQUESTS DATA_DIR ROUNDS}. Loads the requests once (published, to 300 bodies known by
 * name, sent over three years: answered on time or late, in part, refused, or unanswered; the database keeps their
 * yearly counts per body as they are written), then asks the page for a year and for the three years {@code ROUNDS}
 * times each, one request at a time over loopback, and prints the median, the 95th percentile and the CPU a request
 * took in this JVM and the PostgreSQL server (the machine may be shared, so wall-clock times are upper bounds).
 */
public final class InquiryPageBenchmark {

    private InquiryPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        Path dataDir = Path.of(args.length > 1 ? args[1] : "target/inquiry-bench").toAbsolutePath();
        int rounds = Integer.parseInt(args.length > 2 ? args[2] : "50");
        ConfigurableApplicationContext spring = new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--kuzet.db.ephemeral=false", "--kuzet.db.data-dir=" + dataDir, "--server.port=0",
                        "--logging.level.root=WARN");
        try {
            JdbcClient jdbc = spring.getBean(JdbcClient.class);
            load(jdbc, requests);
            String server = jdbc.sql("show data_directory").query(String.class).single();
            System.out.printf("load average before: %s%n", loadAverage());
            // the counting alone, without the web layer and the page
            org.kuzet.inquiry.Inquiries inquiries = spring.getBean(org.kuzet.inquiry.Inquiries.class);
            time("figures of 2024", rounds, server, () -> inquiries.figures(java.time.LocalDate.of(2024, 1, 1),
                    java.time.LocalDate.of(2024, 12, 31)));
            time("yearly reply rates", rounds, server, inquiries::years);
            // a period of part years is placed request by request, as before the yearly counts
            time("figures of 2024-03-01..2024-12-31", rounds, server, () -> inquiries.figures(
                    java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 12, 31)));
            int port = ((WebServerApplicationContext) spring).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            // a year with no requests: what the page costs without its table (layout, security, the yearly rates)
            for (String query : List.of("from=2024-01-01&to=2024-12-31", "from=2022-01-01&to=2024-12-31",
                    "from=2021-01-01&to=2021-12-31")) {
                URI page = URI.create("http://localhost:" + port + "/inquiries?" + query);
                for (int i = 0; i < 10; i++) {
                    get(http, page);
                }
                List<Double> ms = new ArrayList<>();
                double cpu = CpuTime.seconds(server);
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    get(http, page);
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                cpu = (CpuTime.seconds(server) - cpu) * 1000 / rounds;
                Collections.sort(ms);
                System.out.printf("GET /inquiries?%s: median %.1f ms, p95 %.1f ms over %d requests; CPU %.1f ms a "
                        + "request (JVM + PostgreSQL)%n", query, ms.get(ms.size() / 2),
                        ms.get((int) Math.ceil(ms.size() * 0.95) - 1), rounds, cpu);
            }
            System.out.printf("load average after: %s%n", loadAverage());
        } finally {
            spring.close();
        }
    }

    private static void time(String what, int rounds, String server, Runnable work) {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        List<Double> ms = new ArrayList<>();
        double cpu = CpuTime.seconds(server);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        cpu = (CpuTime.seconds(server) - cpu) * 1000 / rounds;
        Collections.sort(ms);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms over %d rounds; CPU %.1f ms a round%n", what,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), rounds, cpu);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void get(HttpClient http, URI page) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("reply-rates")) {
            throw new IllegalStateException("GET " + page + ": " + answer.statusCode());
        }
    }

    /** The requests, written once by one statement; nothing is added when the table holds them already. */
    private static void load(JdbcClient jdbc, int requests) {
        long present = jdbc.sql("select count(*) from inquiry").query(Long.class).single();
        if (present >= requests) {
            System.out.printf("%d requests present%n", present);
            return;
        }
        long start = System.nanoTime();
        jdbc.sql("""
                insert into inquiry (kind, addressee_name, state_addressee, subject, sent_on, deadline, answered_on,
                                     outcome, published_at, created_by)
                select 'information_request', 'State body ' || (n % 300), true, 'Request ' || n,
                       date '2022-01-01' + (n % 1090), date '2022-01-01' + (n % 1090) + 15,
                       case when n % 6 = 5 then null
                            when n % 6 in (0, 1) then date '2022-01-01' + (n % 1090) + (n % 15)
                            else date '2022-01-01' + (n % 1090) + 10 + (n % 20) end,
                       case n % 6 when 5 then null when 2 then 'partial' when 3 then 'refused' else 'answered' end,
                       now(), 'bench'
                from generate_series(1, cast(? as int)) n""").param(requests - present).update();
        jdbc.sql("vacuum analyze inquiry").update();
        jdbc.sql("vacuum analyze inquiry_year_count").update();
        System.out.printf("loaded %d requests in %.1f s%n", requests - present, (System.nanoTime() - start) / 1e9);
    }
}
