package org.kuzet.portal.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.kuzet.core.Today;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.web.DatesInWords;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A legal case's public page, {@code /cases/{id}}: its stable address, with a "cite this" line and its printout. */
@Controller
class PublicCasePages {

    private final PublicCases cases;
    private final LegalCases legalCases;
    private final MessageSource messages;

    PublicCasePages(PublicCases cases, LegalCases legalCases, MessageSource messages) {
        this.cases = cases;
        this.legalCases = legalCases;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        PublicCases.Shown shown = cases.find(id, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("legalCase", shown);
        model.addAttribute("cite", Cites.legalCase(messages, locale, shown));
        model.addAttribute("today", LocalDate.now(Today.CLOCK).toString());
        // its timeline grew since it was first recorded: said at the top, with the day, as on an incident's page
        model.addAttribute("updatedOn", legalCases.updatedAt(id).map(at -> DatesInWords.of(at, locale)).orElse(null));
        return "portal/case";
    }
}
