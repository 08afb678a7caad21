package org.kuzet.reliability;

import java.time.Duration;
import java.util.List;
import org.kuzet.KuzetApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load test of issue 8, run on demand (bench/load-test.sh): starts Kuzet on a random loopback port with a
 * throw-away database, runs CLIENTS clients for SECONDS seconds (default 50 and 60), then checks every acknowledged
 * write in the database. Prints the figures; exits 1 on any error or any missing write.
 */
public final class LoopbackLoad {

    private LoopbackLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        boolean held;
        // one address for every client: the per-client rate limit would throttle them all as one
        try (ConfigurableApplicationContext kuzet = SpringApplication.run(KuzetApplication.class,
                "--server.port=0", "--kuzet.db.url=", "--kuzet.db.ephemeral=true",
                "--kuzet.rate-limit.enabled=false", "--logging.level.root=WARN")) {
            String before = LoadBench.loadAverage();
            MixedLoad.Outcome outcome = LoadBench.run(kuzet, clients, Duration.ofSeconds(seconds));
            String after = LoadBench.loadAverage();
            List<String> lost = LoadBench.missingOrChanged(kuzet, outcome.writes());
            long published = outcome.writes().stream().filter(w -> w.state().equals("published")).count();
            System.out.println("clients=" + clients + " seconds=" + seconds + " cores="
                    + Runtime.getRuntime().availableProcessors());
            System.out.println(outcome.summary());
            System.out.println("writes verified=" + (outcome.writes().size() - lost.size()) + "/"
                    + outcome.writes().size() + " (published " + published + "), missing or changed=" + lost.size());
            System.out.println("loadavg before=" + before + " after=" + after);
            outcome.errorSamples().forEach(e -> System.out.println("error: " + e));
            lost.stream().limit(20).forEach(p -> System.out.println("lost: " + p));
            held = outcome.errors() == 0 && lost.isEmpty();
        }
        System.exit(held ? 0 : 1);
    }
}
