package org.kuzet.workspace.internal;

import java.util.Locale;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.comment.Comment;
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
 * thread; changes or deletes one there. A refused comment or change (empty, too long) comes back beside its field,
 * in the reader's language, with what was typed; nothing is stored. Changing another's comment is refused by the
 * comment module with the site's "not allowed" page.
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

    /** The author changes their comment's text; back to it in the thread. */
    @PostMapping("/staff/comments/{comment}/edit")
    String edit(@PathVariable long comment, @RequestParam(defaultValue = "") String text, Locale locale,
                RedirectAttributes redirect) {
        Comment changed;
        try {
            changed = comments.edit(comment, text, Viewer.current());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("editedComment", comment);
            redirect.addFlashAttribute("editTyped", text);
            redirect.addFlashAttribute("editError", messages.say(e.problems().getFirst(), locale));
            changed = comments.find(comment, Viewer.current());
        }
        return "redirect:" + page(changed) + "#comment-" + comment;
    }

    /** The author, an editor or an admin deletes a comment; back to the thread. */
    @PostMapping("/staff/comments/{comment}/delete")
    String delete(@PathVariable long comment) {
        return "redirect:" + page(comments.delete(comment, Viewer.current())) + "#comments";
    }

    private static String page(Comment comment) {
        String list = comment.recordKind().equals(INCIDENT) ? "/staff/incidents/" : "/staff/cases/";
        return list + comment.recordId();
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
