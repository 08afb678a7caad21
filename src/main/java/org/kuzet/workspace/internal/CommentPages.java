package org.kuzet.workspace.internal;

import java.util.Locale;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.comment.Comments;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.Incidents;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.security.Viewer;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds a comment to the thread of an incident or a legal case, from the record's staff page, and goes back to the
 * thread. A refused comment (empty, too long) comes back beside the field, in the reader's language, with what was
 * typed; nothing is stored.
 */
@Controller
class CommentPages {

    private static final String INCIDENT = "incident";
    private static final String LEGAL_CASE = "legal_case";

    private final Comments comments;
    private final Incidents incidents;
    private final LegalCases cases;
    private final FieldMessages messages;

    CommentPages(Comments comments, Incidents incidents, LegalCases cases, FieldMessages messages) {
        this.comments = comments;
        this.incidents = incidents;
        this.cases = cases;
        this.messages = messages;
    }

    @PostMapping("/staff/incidents/{id}/comments")
    String onIncident(@PathVariable long id, @RequestParam(defaultValue = "") String text, Locale locale,
                      RedirectAttributes redirect) {
        IncidentAccess.seen(Viewer.current(), incidents.find(id))
                .orElseThrow(() -> new NotFound("No incident with id " + id));
        return add(INCIDENT, id, text, "/staff/incidents/", locale, redirect);
    }

    @PostMapping("/staff/cases/{id}/comments")
    String onCase(@PathVariable long id, @RequestParam(defaultValue = "") String text, Locale locale,
                  RedirectAttributes redirect) {
        cases.find(id).orElseThrow(() -> new NotFound("No legal case with id " + id));
        return add(LEGAL_CASE, id, text, "/staff/cases/", locale, redirect);
    }

    private String add(String kind, long id, String text, String page, Locale locale, RedirectAttributes redirect) {
        try {
            comments.add(kind, Long.toString(id), text, Viewer.current());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("commentTyped", text);
            redirect.addFlashAttribute("commentError", messages.say(e.problems().getFirst(), locale));
        }
        return "redirect:" + page + id + "#comments";
    }
}
