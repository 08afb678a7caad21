package org.kuzet.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.actor.Actors;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.StaleVersion;
import org.kuzet.core.FieldProblem;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.reference.VersionedChange;
import org.kuzet.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opening and editing a legal case in the workspace. The form becomes the record the API takes and goes through
 * the same door ({@link LegalCaseBook}), so the rules, the version check and the audit entry are the API's; every
 * problem comes back at once, beside its field, in the reader's language.
 */
@Controller
class CaseFormPages {

    static final List<String> KINDS = List.of("criminal", "administrative", "civil");
    static final List<String> DIRECTIONS = List.of("against_media", "brought_by_media");
    static final List<String> STAGES = List.of("pretrial", "first_instance", "appeal", "cassation", "in_force",
            "enforcement", "closed");
    static final List<String> ROLES = List.of("plaintiff", "defendant", "accused", "complainant", "victim",
            "prosecutor", "third_party");
    private static final Pattern PICKED_INCIDENT = Pattern.compile("^\\s*#?([0-9]{1,18})\\b.*", Pattern.DOTALL);

    private final LegalCaseBook book;
    private final Actors actors;
    private final FieldMessages fieldMessages;
    private final JsonMapper json;

    CaseFormPages(LegalCaseBook book, Actors actors, FieldMessages fieldMessages, JsonMapper json) {
        this.book = book;
        this.actors = actors;
        this.fieldMessages = fieldMessages;
        this.json = json;
    }

    /** A blank form; {@code ?incident=12} opens the case already linked to that incident. */
    @GetMapping("/staff/cases/new")
    String blank(@RequestParam(required = false) Long incident, Model model, Locale locale) {
        CaseForm form = CaseForm.blank();
        form.setIncident(incident);
        return form(null, form, List.of(), model, locale);
    }

    @PostMapping("/staff/cases")
    String open(@ModelAttribute("form") CaseForm form, @RequestParam(required = false) String action, Model model,
            Locale locale) {
        if (action != null) {
            form.apply(action);
            return form(null, form, List.of(), model, locale);
        }
        ObjectNode body = body(form, null);
        if (form.getIncident() != null) {
            body.putArray("incidents").add(form.getIncident());
        }
        try {
            LegalCase opened = book.open(body);
            return "redirect:/staff/cases/" + opened.id();
        } catch (InvalidInput e) {
            return form(null, form, e.problems(), model, locale);
        }
    }

    @GetMapping("/staff/cases/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        Map<String, Object> shown = book.shown(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(id, CaseForm.of(shown), List.of(), model, locale);
    }

    /**
     * Saves the case's facts. The timeline, the links and the external id are sent back as stored (this form does
     * not change them), and the revision the form was read at guards against overwriting someone else's change.
     */
    @PostMapping("/staff/cases/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") CaseForm form,
            @RequestParam(required = false) String action, Model model, Locale locale) {
        Map<String, Object> shown = book.shown(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (action != null) {
            form.apply(action);
            return form(id, form, List.of(), model, locale);
        }
        ObjectNode body = body(form, shown);
        body.put("revision", form.getRevision());
        try {
            book.edit(id, VersionedChange.of(body, null));
            return "redirect:/staff/cases/" + id;
        } catch (InvalidInput e) {
            return form(id, form, e.problems(), model, locale);
        } catch (StaleVersion e) {
            model.addAttribute("stale", true);
            return form(id, form, List.of(), model, locale);
        }
    }

    /** Links an incident picked by its title ("#12 · 2024-03 · title") or typed by its number. */
    @PostMapping("/staff/cases/{id}/incidents")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String incident,
            RedirectAttributes redirect) {
        Matcher m = PICKED_INCIDENT.matcher(incident);
        if (!m.matches()) {
            redirect.addFlashAttribute("linkProblem", incident.isBlank() ? "required" : "notPicked");
            redirect.addFlashAttribute("linkTyped", incident);
            return "redirect:/staff/cases/" + id + "#incidents";
        }
        try {
            book.linkIncident(Long.toString(id), Long.parseLong(m.group(1)));
        } catch (NotFound e) {
            redirect.addFlashAttribute("linkProblem", "notPicked");
            redirect.addFlashAttribute("linkTyped", incident);
        }
        return "redirect:/staff/cases/" + id + "#incidents";
    }

    private String form(Long id, CaseForm form, List<FieldProblem> problems, Model model, Locale locale) {
        model.addAttribute("caseId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", fieldMessages.byField(problems, locale));
        model.addAttribute("articles", book.articles(locale));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("directions", DIRECTIONS);
        model.addAttribute("stages", STAGES);
        model.addAttribute("roles", ROLES);
        return "workspace/case-form";
    }

    /** The record the API would take; {@code shown} (the stored case) gives what the form does not edit. */
    private ObjectNode body(CaseForm form, Map<String, Object> shown) {
        ObjectNode body = json.createObjectNode();
        if (shown != null) {
            body.set("external_id", json.valueToTree(shown.get("external_id")));
            body.set("incidents", json.valueToTree(shown.get("incidents")));
            body.set("events", json.valueToTree(shown.get("events")));
        }
        text(body, "title", form.getTitle());
        text(body, "kind", form.getKind());
        text(body, "direction", form.getDirection());
        text(body, "basis", form.getBasis());
        text(body, "court", form.getCourt());
        text(body, "opened_on", form.getOpenedOn());
        text(body, "stage", form.getStage());
        Tenge.put(body, "claimed_kzt", form.getClaimed());
        Tenge.put(body, "awarded_kzt", form.getAwarded());
        Tenge.put(body, "collected_kzt", form.getCollected());
        if (form.isHonourAndDignity()) {
            body.put("honour_and_dignity", true);
        }
        var parties = body.putArray("parties");
        for (CaseForm.Party p : form.getParties()) {
            if (p.isBlank()) {
                continue;
            }
            ObjectNode party = parties.addObject();
            List<Long> known = actors.findBySpelling(p.getName());
            if (known.size() == 1) {
                party.put("actor", known.getFirst());
            }
            party.put("name", p.getName().strip());
            party.put("role", p.getRole());
        }
        return body;
    }


    private static void text(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
