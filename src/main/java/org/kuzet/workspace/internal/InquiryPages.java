package org.kuzet.workspace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.FieldProblem;
import org.kuzet.incident.Incident;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.Perpetrator;
import org.kuzet.inquiry.Inquiries;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.security.Viewer;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff's pages of inquiries: the list by status, a new request, one request with its answer, extension and
 * publication, a right-of-reply request from an incident in review, and the dashboard's "falls due this week".
 * Every write goes through {@link Inquiries}, the inquiry module's one door; a refused form is shown again with
 * each wrong field named in the reader's language.
 */
@Controller
class InquiryPages {

    /** The form's fields, as the API names them. */
    static final List<String> FORM = List.of("kind", "addressee", "addressee_name", "on_behalf_of", "subject",
            "sent_on", "basis", "deadline", "incidents");

    private final Inquiries inquiries;
    private final Incidents incidents;
    private final FieldMessages messages;

    InquiryPages(Inquiries inquiries, Incidents incidents, FieldMessages messages) {
        this.inquiries = inquiries;
        this.incidents = incidents;
        this.messages = messages;
    }

    @GetMapping("/staff/inquiries")
    String list(@RequestParam(required = false) String status, Model model) {
        Viewer me = Viewer.current();
        model.addAttribute("status", status);
        model.addAttribute("statuses", org.kuzet.inquiry.InquiryStatus.codes());
        model.addAttribute("items", inquiries.list(status, me));
        model.addAttribute("due", inquiries.dueThisWeek(me));
        return "workspace/inquiries";
    }

    @GetMapping("/staff/inquiries/new")
    String form(Model model) {
        return form(model, new LinkedHashMap<>(Map.of("kind", "information_request")), Map.of(), "/staff/inquiries");
    }

    @PostMapping("/staff/inquiries")
    String create(@RequestParam Map<String, String> params, Model model, Locale locale) {
        return record(params, model, locale, "/staff/inquiries");
    }

    /** A right-of-reply request about an incident in review, to the body the allegation is about. */
    @GetMapping("/staff/inquiries/right-of-reply")
    String replyForm(@RequestParam long incident, Model model) {
        Incident found = incidents.find(incident).orElseThrow(() -> new NotFound("No incident " + incident + "."));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", "right_of_reply");
        values.put("incidents", Long.toString(incident));
        values.put("subject", found.content().title());
        List<Perpetrator> bodies = found.content().perpetrators();
        if (!bodies.isEmpty()) {
            Perpetrator first = bodies.getFirst();
            values.put("addressee", first.actor() == null ? "" : first.actor().toString());
            values.put("addressee_name", first.name());
        }
        model.addAttribute("incidentTitle", found.content().title());
        return form(model, values, Map.of(), "/staff/inquiries/right-of-reply");
    }

    @PostMapping("/staff/inquiries/right-of-reply")
    String askReply(@RequestParam Map<String, String> params, Model model, Locale locale) {
        params.put("kind", "right_of_reply");
        return record(params, model, locale, "/staff/inquiries/right-of-reply");
    }

    private String record(Map<String, String> params, Model model, Locale locale, String action) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field : FORM) {
            String value = params.get(field);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (field.equals("incidents")) {
                body.putArray("incidents").add(reference(value));
            } else if (field.equals("addressee")) {
                body.set("addressee", reference(value));
            } else {
                body.put(field, value.strip());
            }
        }
        try {
            Inquiry created = inquiries.record(body, Viewer.current());
            return "redirect:/staff/inquiries/" + created.id();
        } catch (InvalidInput e) {
            return form(model, new LinkedHashMap<>(params), FormProblems.said(messages, e.problems(), locale), action);
        }
    }

    /** A reference typed in a form: digits are a database id, anything else an external id (as the API reads them). */
    private static tools.jackson.databind.JsonNode reference(String value) {
        String text = value.strip();
        return text.matches("\\d{1,18}") ? JsonNodeFactory.instance.numberNode(Long.parseLong(text))
                : JsonNodeFactory.instance.stringNode(text);
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors, String action) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("kinds", Inquiry.KINDS);
        model.addAttribute("bases", inquiries.bases());
        return "workspace/inquiry-form";
    }

    @GetMapping("/staff/inquiries/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, Map.of(), Map.of());
    }

    private String show(long id, Model model, Map<String, String> values, Map<String, String> errors) {
        Viewer me = Viewer.current();
        model.addAttribute("q", inquiries.find(id, me).orElseThrow(() -> new NotFound("No inquiry " + id + ".")));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("mayPublish", me.mayPublish());
        model.addAttribute("outcomes", org.kuzet.inquiry.InquiryStatus.OUTCOMES);
        return "workspace/inquiry";
    }

    @PostMapping("/staff/inquiries/{id}/answer")
    String answer(@PathVariable long id, @RequestParam Map<String, String> params, Model model, Locale locale) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("answered_on", "outcome", "text", "stance")) {
            String value = params.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        try {
            inquiries.answer(id, body, Viewer.current());
            return "redirect:/staff/inquiries/" + id;
        } catch (InvalidInput e) {
            return show(id, model, params, FormProblems.said(messages, e.problems(), locale));
        }
    }

    @PostMapping("/staff/inquiries/{id}/extend")
    String extend(@PathVariable long id, RedirectAttributes redirect) {
        try {
            inquiries.extend(id, Viewer.current());
        } catch (Conflict e) {
            redirect.addFlashAttribute("notice", "inq.extend.refused");
        }
        return "redirect:/staff/inquiries/" + id;
    }

    @PostMapping("/staff/inquiries/{id}/publish")
    String publish(@PathVariable long id) {
        inquiries.publish(id, Viewer.current());
        return "redirect:/staff/inquiries/" + id;
    }

    /** The dashboard's list of what falls due in the coming week (empty for correspondents). */
    @GetMapping("/staff/inquiries/due")
    String due(Model model) {
        model.addAttribute("due", inquiries.dueThisWeek(Viewer.current()));
        return "workspace/inquiry-due :: due";
    }
}
