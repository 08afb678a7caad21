package org.kuzet.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.kuzet.api.InvalidInput;
import org.kuzet.security.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The report in the browser: the public archive of published reports, and the staff page where a period is
 * picked, previewed, downloaded in any format and language, and published by an editor.
 */
@Controller
class ReportWorkspace {

    record Published(String period, int version, OffsetDateTime publishedAt, String publishedBy) {
    }

    private final ReportDesk desk;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReportWorkspace(ReportDesk desk, JdbcClient jdbc, ObjectMapper json) {
        this.desk = desk;
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/reports")
    String archive(Model model) {
        model.addAttribute("published", published(Viewer.current()));
        return "report/archive";
    }

    @GetMapping("/staff/reports")
    String workspace(@RequestParam(required = false) String period, Model model) {
        model.addAttribute("period", period == null || period.isBlank() ? YearMonth.now().minusMonths(1).toString()
                : period.trim());
        model.addAttribute("published", published(Viewer.current()));
        return "report/workspace";
    }

    /** The report the data gives now, in a file format, for staff (the public gets published versions only). */
    @GetMapping("/staff/reports/{period}/report.{format:html|md|pdf|csv|json}")
    ResponseEntity<byte[]> live(@PathVariable String period, @PathVariable String format,
            @RequestParam(required = false) String lang) {
        ReportRequest request = ReportRequest.of(period, lang);
        return Rendition.of(format, request, desk.live(request.period(), request.lang()), json);
    }

    @PostMapping("/staff/reports/{period}/publish")
    String publish(@PathVariable String period, @RequestParam(required = false) String note, Authentication editor,
            RedirectAttributes redirect) {
        try {
            PublishedReport report = desk.publish(ReportRequest.of(period, "en").period(), editor.getName(),
                    note == null || note.isBlank() ? null : note);
            redirect.addFlashAttribute("message", "v" + report.version() + " · " + report.sha256());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/staff/reports?period=" + period;
    }

    /** The latest version of each period; who published it only for those who may see it (never the public). */
    private List<Published> published(Viewer viewer) {
        boolean showPublisher = viewer.sees("report_version", "published_by", null);
        return jdbc.sql("""
                select distinct on (period) period, version, published_at, published_by from report_version
                order by period desc, version desc""")
                .query((rs, n) -> new Published(rs.getString("period"), rs.getInt("version"),
                        rs.getObject("published_at", OffsetDateTime.class),
                        showPublisher ? rs.getString("published_by") : null))
                .list();
    }
}
