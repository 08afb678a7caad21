package org.kuzet.workspace;

import java.time.YearMonth;
import java.util.Locale;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.Languages;
import org.kuzet.core.Today;
import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import org.kuzet.report.PublishedReport;
import org.kuzet.report.Rendition;
import org.kuzet.report.ReportDesk;
import org.kuzet.report.ReportPage;

import org.kuzet.report.ReportRequest;
import org.kuzet.security.Viewer;
import org.kuzet.web.DatesInWords;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * The staff's report pages: a period is picked, previewed as the data gives it now (with what differs from the
 * published version above it), downloaded in any format and language, and published by an editor.
 */
@Controller
class ReportWorkspace {

    private final ReportDesk desk;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final Refusals refusals;

    ReportWorkspace(ReportDesk desk, ObjectMapper json, MessageSource messages, Refusals refusals) {
        this.refusals = refusals;
        this.desk = desk;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/staff/reports")
    String workspace(@RequestParam(required = false) String period, Model model, Locale locale) {
        String chosen = period == null || period.isBlank()
                ? YearMonth.now(Today.CLOCK).minusMonths(1).toString() : period.trim();
        model.addAttribute("period", chosen);
        try {
            Period.parse(chosen);
        } catch (org.kuzet.core.BadValue e) {
            // said beside the field; no preview, downloads or publishing for a period that is none
            model.addAttribute("periodProblem", refusals.said(new InvalidInput(java.util.List.of(e.at("period"))), locale));
        }
        model.addAttribute("published", desk.latestVersions(Viewer.current()));
        return "report/workspace";
    }

    @GetMapping("/staff/reports/{period}")
    String preview(@PathVariable String period, @RequestParam(required = false) String lang, Locale locale,
            Model model) {
        ReportRequest request = ReportRequest.of(period, lang == null ? Languages.of(locale) : lang);
        ReportDesk.Content content = desk.live(request.period(), request.lang());
        model.addAllAttributes(ReportPage.of(request, content, true).attributes());
        model.addAttribute("diff", desk.diff(request.period(), request.lang()).orElse(null));
        return "report/page";
    }

    /** The report the data gives now, in a file format, for staff (the public gets published versions only). */
    @GetMapping("/staff/reports/{period}/report.{format:html|md|pdf|csv|json}")
    ResponseEntity<byte[]> live(@PathVariable String period, @PathVariable String format,
            @RequestParam(required = false) String lang) {
        ReportRequest request = ReportRequest.of(period, lang);
        return Rendition.of(format, request, desk.live(request.period(), request.lang()), json);
    }

    /**
     * Publishes the period's report and says so in words, in the editor's language: which version of which report,
     * published on which day (its SHA-256 is on the published page, labelled).
     */
    @PostMapping("/staff/reports/{period}/publish")
    String publish(@PathVariable String period, @RequestParam(required = false) String note, Authentication editor,
            Locale locale, RedirectAttributes redirect) {
        try {
            Period asked = ReportRequest.of(period, "en").period();
            PublishedReport report = desk.publish(asked, editor.getName(), note == null || note.isBlank() ? null : note);
            String title = desk.published(asked, Lang.of(Languages.of(locale)), report.version()).title();
            redirect.addFlashAttribute("message", messages.getMessage("reports.published.words",
                    new Object[] {report.version(), title, DatesInWords.of(report.publishedAt().toInstant(), locale)},
                    locale));
            redirect.addFlashAttribute("publishedVersion", report.version());
        } catch (InvalidInput | Conflict e) {
            // e.g. nothing changed since the latest version: said in the editor's language, nothing published
            redirect.addFlashAttribute("problem", refusals.said(e, locale));
        }
        return "redirect:/staff/reports?period=" + period + "&lang=" + Languages.of(locale);
    }
}
