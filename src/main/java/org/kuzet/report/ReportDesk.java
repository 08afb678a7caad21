package org.kuzet.report;

import org.kuzet.report.internal.ReportVersions;
import org.kuzet.report.internal.Reports;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.kuzet.api.Conflict;
import org.kuzet.security.Viewer;
import org.kuzet.api.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing reports and reading them back: a published version never changes; publishing again after the data
 * changed makes the next version (a correction), and the report made now can be compared with the last one.
 */
@Service
public class ReportDesk {

    private final Reports reports;
    private final ReportVersions versions;
    private final ApplicationEventPublisher events;

    ReportDesk(Reports reports, ReportVersions versions, ApplicationEventPublisher events) {
        this.reports = reports;
        this.versions = versions;
        this.events = events;
    }

    /**
     * What a download or page shows: the figures and the text in one language, and the version (with its SHA-256
     * and when it was published) if published.
     */
    public record Content(Period period, Integer version, String sha256, Map<String, Long> figures, String markdown,
            OffsetDateTime publishedAt) {

        public String title() {
            String first = markdown.lines().findFirst().orElse("");
            return first.startsWith("# ") ? first.substring(2).replace("\\", "") : period.key();
        }

        /**
         * Which published version this is, in words in the report's language ("Version 2, published 5 April 2024;
         * SHA-256 …"), the day read in Almaty; null for the live report.
         */
        public String edition(Lang lang) {
            return version == null ? null : Reports.wording(lang).edition(version, publishedOn(), sha256);
        }

        /** The day the version was published, in Almaty; null for the live report. */
        public java.time.LocalDate publishedOn() {
            return publishedAt == null ? null
                    : publishedAt.atZoneSameInstant(org.kuzet.core.Today.KAZAKHSTAN).toLocalDate();
        }

        /** The text as printed (HTML, PDF): a published version ends by saying which version it is. */
        public String printedMarkdown(Lang lang) {
            return version == null ? markdown : markdown.stripTrailing() + "\n\n" + edition(lang) + "\n";
        }

        /** The text as HTML: our own Markdown with the data's strings escaped (escapeHtml), safe to insert as is. */
        public String html() {
            return HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(markdown));
        }
    }

    /** The latest published version of a period; who published it only for those who may see it. */
    public record Published(String period, int version, OffsetDateTime publishedAt, String publishedBy) {
    }

    /** The latest version of each period, newest period first, as this person may see it (never the publisher to the public). */
    public List<Published> latestVersions(Viewer viewer) {
        boolean showPublisher = viewer.sees("report_version", "published_by", null);
        return versions.latestOfEachPeriod().stream().map(p -> showPublisher ? p
                : new Published(p.period(), p.version(), p.publishedAt(), null)).toList();
    }

    /**
     * Freezes the report of the period as it reads now, in all three languages.
     *
     * @throws Conflict when nothing changed since the last published version
     */
    @Transactional
    public PublishedReport publish(Period period, String editor, String note) {
        versions.lock(period.key());
        Map<Lang, Reports.Rendition> all = reports.generateAll(period);
        Map<String, Long> figures = all.get(Lang.EN).figures().flat();
        Map<Lang, String> markdown = new EnumMap<>(Lang.class);
        all.forEach((lang, rendition) -> markdown.put(lang, rendition.markdown()));
        String sha = ReportVersions.sha256(figures, markdown);
        Optional<PublishedReport> latest = versions.latest(period.key());
        if (latest.isPresent() && latest.get().sha256().equals(sha)) {
            throw new Conflict("conflict.reportUnchanged", latest.get().version(), period.key());
        }
        int version = latest.map(p -> p.version() + 1).orElse(1);
        PublishedReport published = new PublishedReport(period.key(), version, figures, markdown, sha, editor,
                OffsetDateTime.now(), note);
        versions.add(published);
        PublishedReport stored = versions.version(period.key(), version).orElseThrow();
        events.publishEvent(new ReportPublished(stored));
        return stored;
    }

    public List<PublishedReport> versions(Period period) {
        return versions.all(period.key());
    }

    /** The latest (or the given) published version; the public sees nothing else. */
    public Content published(Period period, Lang lang, Integer version) {
        PublishedReport p = (version == null ? versions.latest(period.key()) : versions.version(period.key(), version))
                .orElseThrow(() -> new NotFound("The report for " + period.key()
                        + (version == null ? " is not published." : " has no version " + version + ".")));
        return new Content(period, p.version(), p.sha256(), p.figures(), p.markdown().get(lang),
                p.publishedAt());
    }

    /** The report as the data gives it now (staff preview, command line). */
    public Content live(Period period, Lang lang) {
        Reports.Rendition r = reports.generate(period, lang);
        return new Content(period, null, null, r.figures().flat(), r.markdown(), null);
    }

    /** How the report made now differs from the latest published version, in one language. */
    @Transactional(readOnly = true)
    public Optional<ReportDiff> diff(Period period, Lang lang) {
        return versions.latest(period.key()).map(p -> {
            Reports.Rendition now = reports.generate(period, lang);
            return ReportDiff.between(p, now.figures().flat(), p.markdown().get(lang), now.markdown());
        });
    }
}
