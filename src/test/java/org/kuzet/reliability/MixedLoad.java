package org.kuzet.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients that hammer a running Kuzet over HTTP, each on its own virtual thread and with its own API token, mixing
 * public reads (the API list, one incident, the portal list) with staff writes (record an incident, then submit it
 * and publish it). Every response other than 2xx/3xx, and every failed or timed-out call, is an error. Every write
 * the server acknowledged (201 with an id) is kept, with what was sent and the state it should end in, so that it
 * can be looked up in the database afterwards.
 */
final class MixedLoad {

    /** A write the server acknowledged: what was sent, and the state the incident was last acknowledged in. */
    record Acknowledged(long id, String title, String summary, String place, String state) {
    }

    record Outcome(long requests, long errors, List<String> errorSamples, List<Acknowledged> writes,
                   long[] latenciesMicros, Duration elapsed) {

        double perSecond() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        /** The latency below which the given share of requests finished, in milliseconds. */
        double percentileMillis(double share) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(share * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))] / 1000.0;
        }

        String summary() {
            return String.format("requests=%d (%.1f/s) errors=%d acknowledged writes=%d latency p50=%.1f ms "
                            + "p95=%.1f ms p99=%.1f ms max=%.1f ms", requests, perSecond(), errors, writes.size(),
                    percentileMillis(0.50), percentileMillis(0.95), percentileMillis(0.99),
                    percentileMillis(1.0));
        }
    }

    private static final String[] PLACES = {"kz-almaty", "kz-astana", "kz-kostanay"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final List<String> tokens;
    private final Duration duration;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Acknowledged> writes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();

    /** One client per token. */
    MixedLoad(URI base, List<String> tokens, Duration duration) {
        this.base = base;
        this.tokens = tokens;
        this.duration = duration;
    }

    Outcome run() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        long began;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < tokens.size(); c++) {
                int client = c;
                clients.submit(() -> {
                    start.await();
                    client(client, tokens.get(client));
                    return null;
                });
            }
            began = System.nanoTime();
            start.countDown();
        } // waits for every client to finish its last request
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        return new Outcome(requests.get(), errors.get(), List.copyOf(errorSamples), List.copyOf(writes), all,
                elapsed);
    }

    private void client(int client, String token) {
        long until = System.nanoTime() + duration.toNanos();
        List<Long> recorded = new ArrayList<>();
        long[] mine = new long[1024];
        int count = 0;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int n = 0; System.nanoTime() < until; n++) {
                int dice = random.nextInt(100);
                long[] spent;
                if (dice < 30) {
                    spent = get(http, "/api/v1/incidents?size=20&page=" + random.nextInt(3), null);
                } else if (dice < 50) {
                    spent = get(http, "/incidents", null);
                } else if (dice < 65 && !recorded.isEmpty()) {
                    spent = get(http, "/api/v1/incidents/" + recorded.get(random.nextInt(recorded.size())), token);
                } else {
                    spent = write(http, token, client, n, recorded, random.nextBoolean());
                }
                for (long micros : spent) {
                    if (count == mine.length) {
                        mine = java.util.Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = micros;
                }
            }
        }
        latencies.add(java.util.Arrays.copyOf(mine, count));
    }

    private long[] get(HttpClient http, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long t0 = System.nanoTime();
        send(http, request.build());
        return new long[] {(System.nanoTime() - t0) / 1000};
    }

    /** Records an incident; half the time takes it on through review to publication. */
    private long[] write(HttpClient http, String token, int client, int n, List<Long> recorded, boolean publish) {
        String title = "Load client " + client + " #" + n + ": корреспондента не пустили в акимат";
        String summary = "Written under load; Қостанай / Kostanay; nonce " + Long.toHexString(
                ThreadLocalRandom.current().nextLong());
        String place = PLACES[n % PLACES.length];
        String body = JSON.writeValueAsString(java.util.Map.of("title", title, "summary", summary,
                "date", "2024-03-15", "place", place, "primary_category", "accreditation_denial",
                "verification", "confirmed",
                "victims", List.of(java.util.Map.of("name", "Correspondent " + client, "kind", "journalist"))));
        List<Long> spent = new ArrayList<>();
        long t0 = System.nanoTime();
        HttpResponse<String> created = send(http, post("/api/v1/incidents", token, body));
        spent.add((System.nanoTime() - t0) / 1000);
        if (created == null || created.statusCode() != 201) {
            return spent.stream().mapToLong(Long::longValue).toArray();
        }
        JsonNode id = JSON.readTree(created.body()).get("id");
        if (id == null || !id.isNumber()) {
            error("POST /api/v1/incidents: 201 without an id: " + created.body());
            return spent.stream().mapToLong(Long::longValue).toArray();
        }
        long incident = id.asLong();
        recorded.add(incident);
        String state = "draft";
        // each step names the version it was taken on, as every change must
        String version = created.headers().firstValue("ETag").orElse("");
        if (publish) {
            for (String step : List.of("submit", "publish")) {
                long t1 = System.nanoTime();
                HttpResponse<String> moved = send(http, HttpRequest.newBuilder(post("/api/v1/incidents/" + incident
                        + "/" + step, token, ""), (name, value) -> true).header("If-Match", version).build());
                spent.add((System.nanoTime() - t1) / 1000);
                if (moved == null || moved.statusCode() != 200) {
                    break;
                }
                version = moved.headers().firstValue("ETag").orElse("");
                state = step.equals("submit") ? "in_review" : "published";
            }
        }
        writes.add(new Acknowledged(incident, title, summary, place, state));
        return spent.stream().mapToLong(Long::longValue).toArray();
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest request) {
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                String text = response.body();
                error(request.method() + " " + request.uri().getPath() + ": " + response.statusCode() + " "
                        + text.substring(0, Math.min(200, text.length())));
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(request.method() + " " + request.uri().getPath() + ": interrupted");
            return null;
        } catch (Exception e) {
            error(request.method() + " " + request.uri().getPath() + ": " + e);
            return null;
        }
    }

    private void error(String sample) {
        errors.incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(sample);
        }
    }
}
