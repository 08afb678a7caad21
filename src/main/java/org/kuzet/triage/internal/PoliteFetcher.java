package org.kuzet.triage.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches pages and feeds politely: one request per host at a time and no more often than the set interval,
 * conditional GET (If-None-Match / If-Modified-Since, so an unchanged feed answers 304 with no body), time-outs,
 * and retries with doubling back-off when the server is busy (429, 5xx) or the connection fails.
 */
public final class PoliteFetcher {

    /** How the fetcher waits; tests pass one that records the waits instead of sleeping. */
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    public record Response(int status, String body, String etag, String lastModified) {

        public boolean notModified() {
            return status == 304;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration perHost;
    private final int attempts;
    private final Duration firstBackOff;
    private final Duration timeout;
    private final Pause pause;
    private final Map<String, Long> lastRequestByHost = new ConcurrentHashMap<>();

    public PoliteFetcher(Duration perHost, int attempts, Duration firstBackOff, Duration timeout, Pause pause) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.perHost = perHost;
        this.attempts = attempts;
        this.firstBackOff = firstBackOff;
        this.timeout = timeout;
        this.pause = pause;
    }

    public Response get(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        IOException failure = null;
        Response response = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                pause.sleep(firstBackOff.multipliedBy(1L << (attempt - 1)));
            }
            waitForHost(uri.getHost());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("User-Agent", "Kuzet triage (freedom-of-expression monitoring)");
            if (etag != null && !etag.isBlank()) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null && !lastModified.isBlank()) {
                request.header("If-Modified-Since", lastModified);
            }
            try {
                HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                response = new Response(answer.statusCode(), answer.body(),
                        answer.headers().firstValue("ETag").orElse(null),
                        answer.headers().firstValue("Last-Modified").orElse(null));
                failure = null;
                if (!busy(answer.statusCode())) {
                    return response;
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    private static boolean busy(int status) {
        return status == 429 || status >= 500;
    }

    private void waitForHost(String host) throws InterruptedException {
        Long last = lastRequestByHost.get(host);
        if (last != null) {
            long waited = System.nanoTime() - last;
            long due = perHost.toNanos() - waited;
            if (due > 0) {
                pause.sleep(Duration.ofNanos(due));
            }
        }
        lastRequestByHost.put(host, System.nanoTime());
    }
}
