package org.kuzet.report;

import java.util.Optional;
import org.jsoup.nodes.Entities;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report as a web page: {@code /reports/2024-03?lang=ru} shows the published version to everyone;
 * {@code /staff/reports/2024-03} shows staff the report the data gives now, and above it what differs from the
 * published version.
 */
@Controller
class ReportPages {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final ReportDesk desk;

    ReportPages(ReportDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/reports/{period}")
    ResponseEntity<String> published(@PathVariable String period, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer version) {
        ReportRequest request = ReportRequest.of(period, lang);
        ReportDesk.Content content = desk.published(request.period(), request.lang(), version);
        return ResponseEntity.ok().contentType(HTML)
                .body(Formats.html(content.markdown(), request.lang(), content.title()));
    }

    @GetMapping("/staff/reports/{period}")
    ResponseEntity<String> preview(@PathVariable String period, @RequestParam(required = false) String lang) {
        ReportRequest request = ReportRequest.of(period, lang);
        ReportDesk.Content content = desk.live(request.period(), request.lang());
        String page = Formats.html(content.markdown(), request.lang(), content.title());
        Optional<ReportDiff> diff = desk.diff(request.period(), request.lang());
        return ResponseEntity.ok().contentType(HTML).body(page.replace("<body>\n", "<body>\n" + banner(diff)));
    }

    /** The difference from the published version, figure by figure and line by line. */
    private static String banner(Optional<ReportDiff> diff) {
        StringBuilder b = new StringBuilder("<section class=\"report-diff\" style=\"border:1px solid #c90;padding:1em\">");
        if (diff.isEmpty()) {
            b.append("<p>Not published yet. / Ещё не опубликован. / Әлі жарияланбаған.</p>");
        } else if (diff.get().isEmpty()) {
            b.append("<p>Same as published version ").append(diff.get().publishedVersion()).append(".</p>");
        } else {
            b.append("<p>Changed since published version ").append(diff.get().publishedVersion()).append(":</p><ul>");
            for (ReportDiff.FigureChange f : diff.get().figures()) {
                b.append("<li>").append(Entities.escape(f.figure())).append(": ").append(f.published())
                        .append(" → ").append(f.now()).append("</li>");
            }
            diff.get().removed().forEach(l -> b.append("<li><del>").append(Entities.escape(l)).append("</del></li>"));
            diff.get().added().forEach(l -> b.append("<li><ins>").append(Entities.escape(l)).append("</ins></li>"));
            b.append("</ul>");
        }
        return b.append("</section>\n").toString();
    }
}
