package org.kuzet.report.internal;

import org.kuzet.report.ReportDesk;
import org.kuzet.report.ReportPage;
import org.kuzet.report.ReportRequest;
import java.util.Locale;
import org.kuzet.core.Languages;
import org.kuzet.security.Viewer;
import org.kuzet.web.DatesInWords;
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

    ReportPages(ReportDesk desk) {
        this.desk = desk;
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
        desk.versions(request.period()).stream().filter(v -> v.version() == content.version()).findFirst()
                .ifPresent(v -> model.addAttribute("publishedOn", DatesInWords.of(v.publishedAt().toInstant(), locale)));
        return "report/page";
    }
}
