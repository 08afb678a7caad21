package org.kuzet.workspace;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.actor.Actors;
import org.kuzet.context.ContextEvents;
import org.kuzet.core.BadValue;
import org.kuzet.core.Today;
import org.kuzet.core.Untranslated;
import org.kuzet.incident.Incidents;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.report.Period;
import org.kuzet.statement.Statements;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is not yet translated, a report's period at a time, in the order a month's report quotes it: the published
 * incidents, the legal cases with news, the statements, the context events and the descriptions of the actors they
 * name, whose title or summary lacks a Russian, Kazakh or English text. Each links to the form where the three are
 * edited side by side (an incident's own form; {@link TranslationForms} for the rest).
 */
@Controller
class TranslationPages {

    /** One kind of record and those of it the period still lacks in translation. */
    record Group(String kind, List<Untranslated> items) {
    }

    private final Incidents incidents;
    private final LegalCases cases;
    private final Statements statements;
    private final ContextEvents context;
    private final Actors actors;
    private final FieldMessages fieldMessages;

    TranslationPages(Incidents incidents, LegalCases cases, Statements statements, ContextEvents context,
            Actors actors, FieldMessages fieldMessages) {
        this.incidents = incidents;
        this.cases = cases;
        this.statements = statements;
        this.context = context;
        this.actors = actors;
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
            LocalDate from = p.start();
            LocalDate to = min(p.end());
            int[] published = {0};
            List<Untranslated> missing = incidents.untranslated(from, to, n -> published[0] = n);
            model.addAttribute("published", published[0]);
            model.addAttribute("groups", List.of(new Group("incident", missing),
                    new Group("case", cases.untranslated(from, to)),
                    new Group("statement", statements.untranslated(from, to)),
                    new Group("context", context.untranslated(from, to)),
                    new Group("actor", actors.untranslated(from, to))));
            model.addAttribute("errors", Map.of());
        } catch (BadValue e) {
            model.addAttribute("published", 0);
            model.addAttribute("groups", List.of());
            model.addAttribute("errors", fieldMessages.byField(List.of(e.at("period")), locale));
        }
        return "workspace/translations";
    }

    private static LocalDate min(LocalDate end) {
        LocalDate today = LocalDate.now(Today.CLOCK);
        return end.isAfter(today) ? today : end;
    }
}
