package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.triage.internal.PoliteFetcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Polls a feed served by a local HTTP server (127.0.0.1, started here), never the internet. */
@SpringBootTest
class FeedPollerTest {

    @Autowired FeedPoller poller;
    @Autowired JdbcClient jdbc;

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final AtomicInteger secondPageCalls = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", this::feed);
        server.createContext("/a/1", exchange -> answer(exchange, 200, """
                <html><body><nav>Меню</nav><article><h1>Сайт заблокирован</h1>
                <p>Доступ к сайту независимого издания ограничен по предписанию министерства, сайт открывается только через VPN.</p>
                </article></body></html>"""));
        server.createContext("/single", exchange -> answer(exchange, 200, """
                <html><body><nav>Меню</nav><div><p>Журналиста вызвали на допрос в полицию из-за статьи о земле.</p>
                <p>Допрос длился три часа, сообщил он.</p></div></body></html>"""));
        server.createContext("/a/2", exchange -> {
            if (secondPageCalls.incrementAndGet() == 1) {
                answer(exchange, 503, "busy");
            } else {
                answer(exchange, 200, """
                        <html><body><article><h1>Attack on a blogger</h1>
                        <p>Two unknown men attacked a video blogger near his home in Almaty and broke his camera.</p>
                        </article></body></html>""");
            }
        });
        server.start();
        poller.use(new PoliteFetcher(Duration.ofSeconds(60), 3, Duration.ofSeconds(5), Duration.ofSeconds(5),
                pauses::add));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void feed(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().getPath() + " If-None-Match=" + exchange.getRequestHeaders().getFirst("If-None-Match"));
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        answer(exchange, 200, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test outlet</title><link>%1$s</link><description>news</description>
                <item><title>Сайт заблокирован</title><link>%1$s/a/1</link><description>Блокировка</description></item>
                <item><title>Attack on a blogger</title><link>%1$s/a/2</link><description>Attack</description></item>
                </channel></rss>""".formatted(base));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void pollsWithConditionalGetRetriesBusyPagesAndWaitsBetweenRequestsToAHost() throws Exception {
        long feed = poller.register(base + "/feed.xml", "Test outlet");

        assertThat(poller.poll(feed)).isEqualTo(2);
        assertThat(jdbc.sql("select primary_category from triage_candidate c join triage_article a on a.id = c.article_id where a.url = ?")
                .param(base + "/a/1").query(String.class).list()).contains("blocking");
        assertThat(jdbc.sql("select title from triage_article where url = ?").param(base + "/a/2").query(String.class).single())
                .isEqualTo("Attack on a blogger");
        assertThat(secondPageCalls.get()).isEqualTo(2);
        // the 503 was retried after the first back-off; every request after the first waited for the host
        assertThat(pauses).contains(Duration.ofSeconds(5));
        assertThat(pauses.stream().filter(p -> p.compareTo(Duration.ofSeconds(50)) > 0).count()).isGreaterThanOrEqualTo(3);

        assertThat(poller.poll(feed)).isZero();
        assertThat(requests).containsExactly("/feed.xml If-None-Match=null", "/feed.xml If-None-Match=\"v1\"");
        var state = jdbc.sql("select etag, last_status from triage_feed where id = ?").param(feed).query().singleRow();
        assertThat(state.get("etag")).isEqualTo("\"v1\"");
        assertThat(state.get("last_status")).isEqualTo(304);
    }

    @Test
    void aSingleUrlIsReadAndAnUnreachableOneIsReported() throws Exception {
        Intake.Result result = poller.read(base + "/single", "Test outlet");
        assertThat(result.article().text()).contains("три часа").doesNotContain("Меню");
        assertThat(result.candidates()).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> poller.read("ftp://example.kz/x", ""))
                .isInstanceOf(org.kuzet.api.InvalidInput.class).hasMessageContaining("url");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> poller.read(base + "/missing", ""))
                .isInstanceOf(org.kuzet.api.InvalidInput.class).hasMessageContaining("404");
    }
}
