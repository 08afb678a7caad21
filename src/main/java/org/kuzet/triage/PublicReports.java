package org.kuzet.triage;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.Languages;
import org.kuzet.core.Today;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.matching.TextMatching;
import org.kuzet.triage.internal.ArticleAnalyzer;
import org.kuzet.triage.internal.FactFinder;
import org.kuzet.triage.internal.LanguageDetector;
import org.kuzet.triage.internal.TriageModels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents told to the service by anyone, through the public form: each becomes an article of triage with exactly
 * one candidate in the monitors' queue, decided like any other (never published by itself). The reporter's name
 * and contact are kept apart (table triage_public_report) and shown to monitors and up only; everything the person
 * wrote is kept sealed, there and in the article and candidate made from it (see SealedReports).
 */
@Service
public class PublicReports {

    /** Why the candidate is in the queue, as its first reason. */
    static final String WHY = "sent through the public report form";

    /** The longest text each field takes. */
    public static final Map<String, Integer> LIMITS = Map.of("what", 5000, "when", 200, "where", 200, "link", 2000,
            "name", 200, "contact", 200);

    /** What a person sent: what happened (required), when and where, a link, their name and contact (optional). */
    public record Report(String what, String when, String where, String link, String name, String contact,
            String pageLanguage) {

        public Report {
            what = trimmed(what);
            when = trimmed(when);
            where = trimmed(where);
            link = trimmed(link);
            name = trimmed(name);
            contact = trimmed(contact);
            pageLanguage = Languages.orEnglish(pageLanguage);
        }

        /** Each field that cannot be taken, and why (in the order of the form). */
        public Map<String, Problem> problems() {
            Map<String, Problem> problems = new LinkedHashMap<>();
            if (what == null) {
                problems.put("what", new Problem("required", 0));
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("what", what);
            values.put("when", when);
            values.put("where", where);
            values.put("link", link);
            values.put("name", name);
            values.put("contact", contact);
            values.forEach((field, value) -> {
                if (value != null && value.length() > LIMITS.get(field)) {
                    problems.putIfAbsent(field, new Problem("too_long", LIMITS.get(field)));
                }
            });
            if (link != null && !problems.containsKey("link") && !webAddress(link)) {
                problems.put("link", new Problem("not_a_link", 0));
            }
            return problems;
        }
    }

    /** Why a field was refused: {@code required}, {@code too_long} (beyond {@code limit} characters), {@code not_a_link}. */
    public record Problem(String code, int limit) {

        FieldProblem of(String field) {
            return switch (code) {
                case "required" -> FieldProblem.of(field, "problem.required");
                case "too_long" -> FieldProblem.of(field, "problem.atMostCharacters", limit);
                default -> FieldProblem.of(field, "problem.httpAddress");
            };
        }
    }

    /** The reporter of a public report, as monitors see it. */
    public record Reporter(String name, String contact, String when, String where, String link, String pageLanguage,
            OffsetDateTime submittedAt) {
    }

    private final JdbcClient jdbc;
    private final Articles articles;
    private final CandidateQueue queue;
    private final TriageModels models;
    private final TextMatching matching;
    private final FieldCipher cipher;

    /** The record kind of the reporter's name and contact, for security.Visibility and their data key. */
    static final String KIND = "public_report";

    PublicReports(JdbcClient jdbc, Articles articles, CandidateQueue queue, TriageModels models,
            TextMatching matching, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.articles = articles;
        this.queue = queue;
        this.models = models;
        this.matching = matching;
    }

    /**
     * Stores the report as an article with one candidate, all or nothing; the candidate's id.
     *
     * @throws InvalidInput naming every field that cannot be taken (nothing is stored then)
     */
    @Transactional
    public long submit(Report report) {
        return submit(report, WHY);
    }

    /**
     * Stores a report that came another way than the public form (a correspondent's phone), {@code why} saying
     * which as the candidate's first reason; otherwise as {@link #submit(Report)}.
     */
    @Transactional
    public long submit(Report report, String why) {
        Map<String, Problem> problems = report.problems();
        if (!problems.isEmpty()) {
            List<FieldProblem> named = new ArrayList<>();
            problems.forEach((field, p) -> named.add(p.of(field)));
            throw new InvalidInput(named);
        }
        String text = text(report);
        // classified and grouped on the plain text in memory; what is stored of it is sealed
        TriageArticle article = articles.addReport(CandidateQueue.title(report.what()),
                OffsetDateTime.now(ZoneOffset.UTC), LanguageDetector.detect(text), text);
        jdbc.sql("""
                insert into triage_public_report (article_id, happened_when, happened_where, link, reporter_name,
                    reporter_contact, page_language) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(article.id(), cipher.seal(KIND, report.when()), cipher.seal(KIND, report.where()),
                        cipher.seal(KIND, report.link()), cipher.seal(KIND, report.name()),
                        cipher.seal(KIND, report.contact()), report.pageLanguage())
                .update();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(models.current(), new FactFinder(matching.places()));
        return queue.addReport(article.id(), analyzer.whole(text, why));
    }

    /** The reporter of the article, if it came through the public form (for monitors and up only). */
    public Optional<Reporter> reporterOf(long articleId) {
        return jdbc.sql("""
                select reporter_name, reporter_contact, happened_when, happened_where, link, page_language, submitted_at
                from triage_public_report where article_id = ?""").param(articleId)
                .query((rs, n) -> new Reporter(cipher.open(KIND, "name", rs.getString(1)),
                        cipher.open(KIND, "contact", rs.getString(2)), cipher.open(KIND, "when", rs.getString(3)),
                        cipher.open(KIND, "where", rs.getString(4)), cipher.open(KIND, "link", rs.getString(5)),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class)
                                .atZoneSameInstant(Today.KAZAKHSTAN).toOffsetDateTime()))
                .optional();
    }

    /**
     * The article's text: what happened, then when, where and the link on lines of their own, so that the fact
     * finder reads the date and the place as it reads a news article's. The reporter's name and contact stay out.
     */
    private static String text(Report report) {
        StringBuilder text = new StringBuilder(report.what().replace("\r\n", "\n"));
        for (String line : new String[] {report.when(), report.where(), report.link()}) {
            if (line != null) {
                text.append("\n").append(line);
            }
        }
        return text.toString();
    }

    private static boolean webAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
