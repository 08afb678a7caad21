package org.kuzet.report.internal;

import org.kuzet.report.ReportDesk;
import org.kuzet.report.ReportPage;
import org.kuzet.report.ReportRequest;
import java.util.Locale;
import org.kuzet.core.Languages;
import org.kuzet.security.Viewer;
import org.kuzet.web.DatesInWords;
import org.kuzet.web.Citation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's report pages inside the site's layout (menu, language switcher): the archive of published reports,
 * and one published version, {@code /reports/2024-03?lang=ru}. The report's language is the page's language unless
 * {@code ?lang=} says otherwise (which also switches the page). Staff preview the live report in the workspace.
 */
@Controller
class ReportPages {

    private final ReportDesk desk;
    private final MessageSource messages;

    ReportPages(ReportDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String archive(Model model) {
        model.addAttribute("published", desk.latestVersions(Viewer.current()));
        return "report/archive";
    }

    @GetMapping("/reports/{period}")
    String published(@PathVariable String period, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer version, Locale locale, Model model) {
        ReportRequest request = ReportRequest.of(period, lang == null ? Languages.of(locale) : lang);
        ReportDesk.Content content = desk.published(request.period(), request.lang(), version);
        model.addAllAttributes(ReportPage.of(request, content, false).attributes());
        // the version and its fingerprint, labelled in words: what a reader cites and checks a copy against
        model.addAttribute("sha256", content.sha256());
        model.addAttribute("publishedOn", DatesInWords.of(content.publishedAt().toInstant(), locale));
        // the stable address names the version: a later correction does not change what the citation points at
        model.addAttribute("cite", Citation.line(messages, locale, content.title(), content.publishedOn().toString(),
                "/reports/" + request.period().key() + "?version=" + content.version(), content.version()));
        return "report/page";
    }
}
