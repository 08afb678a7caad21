package org.kuzet.workspace.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.kuzet.archive.PublishedStatistics;
import org.kuzet.core.Languages;
import org.kuzet.report.RecordsStart;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's page of the history the reports count: from which month the service's records are complete
 * ("records complete from 2025-01"). Before it the reports' history comes from the published monthly reports of
 * the archive (the months imported are listed, each with its comparison); from it on, from the records.
 */
@Controller
class HistoryAdminPages {

    private final RecordsStart recordsStart;
    private final PublishedStatistics published;

    HistoryAdminPages(RecordsStart recordsStart, PublishedStatistics published) {
        this.recordsStart = recordsStart;
        this.published = published;
    }

    @GetMapping("/staff/admin/history")
    String page(Model model) {
        return page(model, null);
    }

    private String page(Model model, String typed) {
        model.addAttribute("from", recordsStart.completeFrom().map(YearMonth::toString).orElse(null));
        model.addAttribute("typed", typed);
        model.addAttribute("months", published.months());
        return "workspace/history";
    }

    /** Sets the month (YYYY-MM), or unsets it with {@code clear}; a bad month is named and nothing changes. */
    @PostMapping("/staff/admin/history")
    String save(@RequestParam(required = false) String from, @RequestParam(required = false) String clear,
            @RequestParam(required = false) String lang, Model model) {
        YearMonth month = null;
        if (clear == null) {
            try {
                month = YearMonth.parse(from == null ? "" : from.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("problem", true);
                return page(model, from);
            }
        }
        recordsStart.set(month, Viewer.current());
        return "redirect:/staff/admin/history" + (lang == null ? "" : "?lang=" + Languages.orEnglish(lang));
    }
}
