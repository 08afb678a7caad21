package org.kuzet.report;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.kuzet.core.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report as a web page inside the site's layout (menu, language switcher): {@code /reports/2024-03?lang=ru}
 * shows the published version to everyone; {@code /staff/reports/2024-03} shows staff the report the data gives
 * now, and above it what differs from the published version. The report's language is the page's language unless
 * {@code ?lang=} says otherwise (which also switches the page).
 */
@Controller
class ReportPages {

    private final ReportDesk desk;

    ReportPages(ReportDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/reports/{period}")
    String published(@PathVariable String period, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer version, Locale locale, Model model) {
        ReportRequest request = ReportRequest.of(period, lang == null ? Languages.of(locale) : lang);
        ReportDesk.Content content = desk.published(request.period(), request.lang(), version);
        show(model, request, content);
        model.addAttribute("staffPreview", false);
        return "report/page";
    }

    @GetMapping("/staff/reports/{period}")
    String preview(@PathVariable String period, @RequestParam(required = false) String lang, Locale locale,
            Model model) {
        ReportRequest request = ReportRequest.of(period, lang == null ? Languages.of(locale) : lang);
        show(model, request, desk.live(request.period(), request.lang()));
        model.addAttribute("staffPreview", true);
        model.addAttribute("diff", desk.diff(request.period(), request.lang()).orElse(null));
        return "report/page";
    }

    private static void show(Model model, ReportRequest request, ReportDesk.Content content) {
        model.addAttribute("reportTitle", content.title());
        model.addAttribute("periodKey", request.period().key());
        model.addAttribute("reportLang", request.lang().code());
        model.addAttribute("version", content.version());
        // the report's Markdown is our own text with the data's strings escaped (escapeHtml): safe to insert as is
        model.addAttribute("reportBody", HtmlRenderer.builder().escapeHtml(true).build()
                .render(Parser.builder().build().parse(content.markdown())));
    }
}
