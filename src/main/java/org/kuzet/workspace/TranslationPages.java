package org.kuzet.workspace;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.BadValue;
import org.kuzet.core.Today;
import org.kuzet.incident.Incidents;
import org.kuzet.report.Period;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is not yet translated, a report's period at a time: the published incidents it quotes whose title or summary
 * lacks a Russian, Kazakh or English text, each with a link to its form, where the three are edited side by side.
 */
@Controller
class TranslationPages {

    private final Incidents incidents;
    private final FieldMessages fieldMessages;

    TranslationPages(Incidents incidents, FieldMessages fieldMessages) {
        this.incidents = incidents;
        this.fieldMessages = fieldMessages;
    }

    /** {@code period}: a month (2024-03), a quarter or a year, as a report names it; last month when not given. */
    @GetMapping("/staff/translations")
    String list(@RequestParam(required = false) String period, Model model, Locale locale) {
        String typed = period == null || period.isBlank()
                ? YearMonth.now(Today.CLOCK).minusMonths(1).toString() : period.strip();
        model.addAttribute("period", typed);
        try {
            Period p = Period.parse(typed);
            int[] published = {0};
            List<Incidents.Untranslated> missing = incidents.untranslated(p.start(), min(p.end()),
                    n -> published[0] = n);
            model.addAttribute("untranslated", missing);
            model.addAttribute("published", published[0]);
            model.addAttribute("errors", Map.of());
        } catch (BadValue e) {
            model.addAttribute("untranslated", List.of());
            model.addAttribute("published", 0);
            model.addAttribute("errors", fieldMessages.byField(List.of(e.at("period")), locale));
        }
        return "workspace/translations";
    }

    private static LocalDate min(LocalDate end) {
        LocalDate today = LocalDate.now(Today.CLOCK);
        return end.isAfter(today) ? today : end;
    }
}
