package org.kuzet.triage;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.kuzet.api.InvalidInput;
import org.kuzet.triage.internal.PoliteFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the outlets' RSS and Atom feeds (table triage_feed; more can be listed in kuzet.triage.feeds as
 * url|outlet,url|outlet) on a schedule, and single URLs on request. Each new entry's page is fetched and taken in;
 * when the page cannot be had, the entry's own text is used. A feed that fails is recorded and tried next time.
 */
@Component
public class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final JdbcClient jdbc;
    private final Intake intake;
    private PoliteFetcher fetcher;

    FeedPoller(JdbcClient jdbc, Intake intake,
            @Value("${kuzet.triage.per-host-interval:PT2S}") Duration perHost,
            @Value("${kuzet.triage.attempts:3}") int attempts,
            @Value("${kuzet.triage.first-back-off:PT5S}") Duration firstBackOff,
            @Value("${kuzet.triage.timeout:PT20S}") Duration timeout,
            @Value("${kuzet.triage.feeds:}") String configured) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.fetcher = new PoliteFetcher(perHost, attempts, firstBackOff, timeout, d -> Thread.sleep(d));
        for (String entry : configured.split(",")) {
            if (!entry.isBlank()) {
                String[] parts = entry.strip().split("\\|", 2);
                register(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
            }
        }
    }

    /** For tests: the same politeness with a recorded pause. */
    void use(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public long register(String url, String outlet) {
        if (url == null || !url.matches("https?://\\S+")) {
            throw InvalidInput.of("url", "problem.feedAddress");
        }
        jdbc.sql("insert into triage_feed (url, outlet) values (?, ?) on conflict (url) do nothing")
                .params(url, outlet == null ? "" : outlet).update();
        return jdbc.sql("select id from triage_feed where url = ?").param(url).query(Long.class).single();
    }

    @Scheduled(fixedDelayString = "${kuzet.triage.poll-interval:PT30M}", initialDelayString = "${kuzet.triage.poll-initial-delay:PT10M}")
    // once across instances: the lock is held at least most of an interval, so another instance skips its turn
    @SchedulerLock(name = "triage-feed-poll", lockAtLeastFor = "${kuzet.triage.poll-lock-at-least:PT25M}")
    public void pollAll() {
        for (Long feed : jdbc.sql("select id from triage_feed where active order by id").query(Long.class).list()) {
            try {
                poll(feed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | IOException e) {
                LOG.warn("triage feed {} failed: {}", feed, e.getMessage());
            }
        }
    }

    /** Polls one feed; returns how many new articles were taken in (0 when the feed has not changed). */
    public int poll(long feedId) throws IOException, InterruptedException {
        var feed = jdbc.sql("select url, outlet, etag, last_modified from triage_feed where id = ?").param(feedId)
                .query().singleRow();
        String url = (String) feed.get("url");
        String outlet = (String) feed.get("outlet");
        PoliteFetcher.Response response;
        try {
            response = fetcher.get(URI.create(url), (String) feed.get("etag"), (String) feed.get("last_modified"));
        } catch (IOException e) {
            record(feedId, null, null, null, e.getMessage());
            throw e;
        }
        if (response.notModified()) {
            record(feedId, 304, (String) feed.get("etag"), (String) feed.get("last_modified"), null);
            return 0;
        }
        if (!response.ok()) {
            record(feedId, response.status(), (String) feed.get("etag"), (String) feed.get("last_modified"), "HTTP " + response.status());
            return 0;
        }
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new StringReader(response.body()));
        } catch (FeedException | IllegalArgumentException e) {
            record(feedId, response.status(), null, null, "not a feed: " + e.getMessage());
            return 0;
        }
        int taken = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            if (entry.getLink() != null && take(entry, outlet, feedId)) {
                taken++;
            }
        }
        record(feedId, response.status(), response.etag(), response.lastModified(), null);
        return taken;
    }

    private boolean take(SyndEntry entry, String outlet, long feedId) throws InterruptedException {
        String link = URI.create(entry.getLink()).resolve(entry.getLink()).toString();
        if (jdbc.sql("select count(*) from triage_article where url = ?").param(link).query(Long.class).single() > 0) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            PoliteFetcher.Response page = fetcher.get(URI.create(link), null, null);
            if (page.ok()) {
                return !intake.html(link, outlet, page.body(), now, feedId).known();
            }
        } catch (IOException e) {
            LOG.info("triage: page {} could not be read ({}), using the feed's text", link, e.getMessage());
        }
        String text = entryText(entry);
        return !text.isBlank() && !intake.text(link, outlet, entry.getTitle(), text, now, feedId).known();
    }

    private static String entryText(SyndEntry entry) {
        StringBuilder text = new StringBuilder(entry.getTitle() == null ? "" : entry.getTitle());
        List<SyndContent> contents = entry.getContents();
        SyndContent body = !contents.isEmpty() ? contents.getFirst() : entry.getDescription();
        if (body != null && body.getValue() != null) {
            text.append('\n').append(Jsoup.parse(body.getValue()).text());
        }
        return text.toString().strip();
    }

    /** Reads a single page by its address and takes it in. */
    public Intake.Result read(String url, String outlet) throws IOException, InterruptedException {
        if (url == null || !url.matches("https?://\\S+")) {
            throw InvalidInput.of("url", "problem.httpAddress");
        }
        PoliteFetcher.Response page = fetcher.get(URI.create(url), null, null);
        if (!page.ok()) {
            throw InvalidInput.of("url", "problem.pageAnswered", page.status());
        }
        return intake.html(url, outlet, page.body(), OffsetDateTime.now(ZoneOffset.UTC), null);
    }

    private void record(long feedId, Integer status, String etag, String lastModified, String error) {
        jdbc.sql("""
                update triage_feed set last_polled_at = now(), last_status = ?, etag = ?, last_modified = ?, last_error = ?
                where id = ?""").params(status, etag, lastModified, error, feedId).update();
    }
}
