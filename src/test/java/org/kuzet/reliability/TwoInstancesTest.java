package org.kuzet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.core.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Two Kuzet processes on one PostgreSQL, as behind a load balancer (docs/deployment.md): a session made on one is
 * valid on the other, an address locked out on one is locked out on the other, an account's role changed or the
 * account disabled on one holds on the other from its next request, a form's rate limit is one budget,
 * a scheduled feed poll runs once between them, an incident written on one is found by a search on the other, and
 * fifty clients spread over both lose no acknowledged write.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "two instances password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path work;

    static EmbeddedPostgres postgres;
    static HttpServer feeds;
    static final AtomicInteger feedRequests = new AtomicInteger();
    static Instance one;
    static Instance two;
    static JdbcClient jdbc;

    /** A Kuzet process: its port and its console, kept in a file. */
    record Instance(Process process, int port, Path console) {

        URI at(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        String log() throws IOException {
            return Files.readString(console);
        }
    }

    @BeforeAll
    static void startTwo() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource data = postgres.getPostgresDatabase();
        // the schema first, so that the feed the poll should fetch is there before either instance may poll
        Flyway.configure().dataSource(data).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        jdbc = JdbcClient.create(data);
        String hash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        for (String[] account : new String[][] {{"two-monitor", "monitor"}, {"two-guessed", "monitor"},
                {"two-admin", "admin"}, {"two-changing", "monitor"}}) {
            jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, ?)")
                    .params(account[0], account[0], hash, account[1]).update();
        }
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            byte[] rss = """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Two</title><link>http://x</link>
                    <description>d</description></channel></rss>""".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, rss.length);
            exchange.getResponseBody().write(rss);
            exchange.close();
        });
        feeds.start();
        jdbc.sql("insert into triage_feed (url, outlet) values (?, 'Two instances')")
                .param("http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed.xml").update();
        one = start("one");
        two = start("two");
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (Instance instance : new Instance[] {one, two}) {
            if (instance != null) {
                instance.process().destroy();
                instance.process().waitFor();
            }
        }
        if (feeds != null) {
            feeds.stop(0);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aSessionMadeOnOneIsValidOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = signIn(browser, one, "two-monitor", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
        HttpResponse<String> onTwo = browser.send(HttpRequest.newBuilder(two.at("/staff")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onTwo.statusCode()).isEqualTo(200);
        assertThat(onTwo.body()).contains("two-monitor");
    }

    @Test
    void anAddressLockedOutOnOneIsLockedOutOnTheOther() throws Exception {
        HttpClient guesser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int i = 0; i < 20; i++) {
            signIn(guesser, one, "sprayed-name-" + i, "guess " + i);
        }
        HttpClient owner = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> refused = signIn(owner, two, "two-guessed", PASSWORD);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        // every test of this class calls from 127.0.0.1: the address is let go again for the others
        jdbc.sql("delete from security_failure where key like 'address:%'").update();
    }

    @Test
    void anAccountChangedOnOneHoldsOnTheOtherFromItsNextRequest() throws Exception {
        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(admin, one, "two-admin", PASSWORD);
        HttpClient changing = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(changing, two, "two-changing", PASSWORD);
        // both instances have served the session as a monitor's
        assertThat(get(changing, one, "/staff/cases").statusCode()).isEqualTo(200);
        assertThat(get(changing, two, "/staff/cases").statusCode()).isEqualTo(200);

        assertThat(change(admin, one, "two-changing", "role", "correspondent")).isEqualTo(302);
        assertThat(get(changing, two, "/staff/cases").statusCode()).as("fewer rights on the other at once")
                .isEqualTo(403);
        assertThat(get(changing, two, "/staff").statusCode()).as("still signed in").isEqualTo(200);

        assertThat(change(admin, one, "two-changing", "enabled", "false")).isEqualTo(302);
        HttpResponse<String> next = get(changing, two, "/staff");
        assertThat(next.headers().firstValue("Location")).as("signed out on the other at once")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?disabled"));
    }

    private static HttpResponse<String> get(HttpClient browser, Instance instance, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(instance.at(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An administrator's change on the accounts page: {@code what} is {@code role} or {@code enabled}. */
    private static int change(HttpClient admin, Instance instance, String username, String what, String value)
            throws Exception {
        String token = csrf(admin, instance, "/staff/accounts/" + username);
        String form = what + "=" + enc(value) + "&_csrf=" + enc(token);
        return admin.send(HttpRequest.newBuilder(instance.at("/staff/accounts/" + username + "/" + what))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void thePublicFormsBudgetIsOneForBothInstances() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(tell(visitor, one)).isEqualTo(302);
        assertThat(tell(visitor, one)).isEqualTo(302);
        assertThat(tell(visitor, two)).as("the third report, on the other instance").isEqualTo(429);
    }

    @Test
    void aScheduledPollRunsOnceBetweenThem() {
        await().atMost(Duration.ofMinutes(2)).until(() -> skipped(one) + skipped(two) >= 2 && feedRequests.get() >= 1);
        assertThat(feedRequests.get()).as("the feed was fetched once, though both instances came to poll").isEqualTo(1);
    }

    @Test
    void anIncidentWrittenOnOneIsFoundBySearchOnTheOther() throws Exception {
        String word = "zwei" + UUID.randomUUID().toString().substring(0, 8);
        HttpClient script = HttpClient.newHttpClient();
        HttpResponse<String> created = script.send(api(one, "/api/v1/incidents").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                {"title": "Journalist %s stopped at the akimat", "date": "2024-03-12", "place": "kz-oral",
                 "primary_category": "threats"}""".formatted(word))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> script.send(api(two, "/api/v1/search?q=" + word).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains(word));
    }

    @Test
    void fiftyClientsOverBothInstancesLoseNoWrite() throws Exception {
        long editor = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role)
                values ('two-load-editor', 'Load editor', 'x', 'editor') returning id""").query(Long.class).single();
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            String token = "kuzet_two-instances-" + UUID.randomUUID();
            jdbc.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?)")
                    .params(editor, "load client " + c, Sha256.hex(token)).update();
            tokens.add(token);
        }
        MixedLoad onOne = new MixedLoad(one.at("/"), tokens.subList(0, 25), Duration.ofSeconds(5));
        MixedLoad onTwo = new MixedLoad(two.at("/"), tokens.subList(25, 50), Duration.ofSeconds(5));
        java.util.concurrent.CompletableFuture<MixedLoad.Outcome> first =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> run(onOne));
        MixedLoad.Outcome second = onTwo.run();
        MixedLoad.Outcome firstOutcome = first.get();
        for (MixedLoad.Outcome outcome : List.of(firstOutcome, second)) {
            assertThat(outcome.errorSamples()).isEmpty();
            assertThat(outcome.errors()).isZero();
            assertThat(outcome.writes()).as("acknowledged writes").isNotEmpty();
            assertThat(LoadBench.missingOrChanged(jdbc, outcome.writes())).isEmpty();
        }
    }

    private static MixedLoad.Outcome run(MixedLoad load) {
        try {
            return load.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int skipped(Instance instance) throws IOException {
        return instance.log().split("It's locked", -1).length - 1;
    }

    private static HttpRequest.Builder api(Instance instance, String path) {
        String basic = Base64.getEncoder().encodeToString(("two-monitor:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(instance.at(path)).header("Authorization", "Basic " + basic);
    }

    private static HttpResponse<String> signIn(HttpClient browser, Instance instance, String username,
            String password) throws Exception {
        String token = csrf(browser, instance, "/login");
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        return browser.send(HttpRequest.newBuilder(instance.at("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int tell(HttpClient visitor, Instance instance) throws Exception {
        String token = csrf(visitor, instance, "/report-an-incident");
        String form = "what=" + enc("A reporter was stopped at the court in Oral") + "&_csrf=" + enc(token);
        return visitor.send(HttpRequest.newBuilder(instance.at("/report-an-incident"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static String csrf(HttpClient browser, Instance instance, String path) throws Exception {
        Matcher m = CSRF.matcher(browser.send(HttpRequest.newBuilder(instance.at(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(m.find()).as("a CSRF token on " + path).isTrue();
        return m.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Instance start(String name) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // kept under target/ for a look after a failure
        Files.createDirectories(Path.of("target", "two-instances"));
        Path console = Path.of("target", "two-instances", name + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "org.kuzet.KuzetApplication",
                "--server.port=" + port,
                "--kuzet.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--kuzet.db.username=postgres", "--kuzet.db.ephemeral=false",
                "--kuzet.db.data-dir=" + work.resolve(name),
                // one master key for both, as one file shared by the instances (docs/deployment.md)
                "--kuzet.crypto.master-key-file=" + work.resolve("shared.master-key"),
                "--kuzet.search.ephemeral=false",
                "--kuzet.rate-limit.login.capacity=1000", "--kuzet.rate-limit.login.per-minute=1000",
                "--kuzet.rate-limit.public-form.capacity=2", "--kuzet.rate-limit.public-form.per-minute=1",
                // the load's fifty clients all call from 127.0.0.1: one address, which the API budget would throttle
                "--kuzet.rate-limit.api.capacity=1000000", "--kuzet.rate-limit.api.per-minute=1000000",
                "--kuzet.triage.poll-interval=PT1S", "--kuzet.triage.poll-initial-delay=PT1S",
                "--kuzet.triage.poll-lock-at-least=PT20M",
                "--logging.level.net.javacrumbs.shedlock=DEBUG"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .start();
        Instance instance = new Instance(process, port, console);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as(name + " is running:\n" + instance.log()).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(instance.at("/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return instance;
    }
}
