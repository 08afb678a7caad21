package org.kuzet.workspace.internal;

import org.kuzet.context.ContextEvents;
import org.kuzet.core.Languages;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitor's review of context events read from archived reports: each draft with what the report said, and a
 * button that publishes it. Until then no public page, report or source list shows it.
 */
@Controller
class ContextDraftPages {

    private final ContextEvents events;

    ContextDraftPages(ContextEvents events) {
        this.events = events;
    }

    @GetMapping("/staff/context-drafts")
    String drafts(Model model) {
        model.addAttribute("drafts", events.drafts());
        return "workspace/context-drafts";
    }

    @PostMapping("/staff/context-drafts/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String lang, RedirectAttributes redirect) {
        events.publish(id, Viewer.current());
        redirect.addFlashAttribute("published", Long.toString(id));
        return "redirect:/staff/context-drafts" + (lang == null ? "" : "?lang=" + Languages.orEnglish(lang));
    }
}
