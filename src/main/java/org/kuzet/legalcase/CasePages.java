package org.kuzet.legalcase;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kuzet.api.InvalidInput;
import org.kuzet.audit.AuditLog;
import org.kuzet.reference.VersionedChange;
import org.kuzet.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The staff workspace's legal case pages: the list, and a case with its parties, timeline and money. */
@Controller
class CasePages {

    /** A case in the list; {@code openedOn} as precise as it is known ("2020", never "2020-01-01"). */
    record Row(long id, String title, String kind, String stage, String openedOn, Long claimedKzt,
               Long collectedKzt) {
    }

    /** The fields of the "add a timeline event" form, as typed; favour is yes, no or unknown. */
    public record EventFields(String kind, String date, String favour, String amount, String note) {
        static final EventFields BLANK = new EventFields("hearing", "", "unknown", "", "");
    }

    private final LegalCases cases;
    private final CaseView view;
    private final JdbcClient jdbc;
    private final LegalCaseBook book;
    private final FieldMessages fieldMessages;
    private final JsonMapper json;
    private final AuditLog audit;

    CasePages(LegalCases cases, CaseView view, JdbcClient jdbc, LegalCaseBook book, FieldMessages fieldMessages,
            JsonMapper json, AuditLog audit) {
        this.cases = cases;
        this.view = view;
        this.jdbc = jdbc;
        this.book = book;
        this.fieldMessages = fieldMessages;
        this.json = json;
        this.audit = audit;
    }

    @GetMapping("/staff/cases")
    String list(Model model) {
        model.addAttribute("cases", jdbc.sql("""
                select id, title, kind, stage, opened_on, opened_precision, claimed_kzt, collected_kzt from legal_case
                order by opened_on desc, id desc limit 500""")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("stage"), org.kuzet.calendar.PartialDate.of(rs.getObject("opened_on",
                                LocalDate.class), rs.getString("opened_precision")).toString(),
                        (Long) rs.getObject("claimed_kzt"), (Long) rs.getObject("collected_kzt")))
                .list());
        return "legalcase/list";
    }

    @GetMapping("/staff/cases/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return show(id, model, locale, EventFields.BLANK, Map.of());
    }

    /**
     * Adds an event to the case's timeline through the same reader and timeline rules as the API
     * ({@code POST /api/v1/legal-cases/{id}/events}); a broken rule is shown beside its field and nothing is stored.
     */
    @PostMapping("/staff/cases/{id}/events")
    String record(@PathVariable long id, EventFields fields, Model model, Locale locale) {
        cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ObjectNode body = json.createObjectNode();
        putText(body, "kind", fields.kind());
        putText(body, "date", fields.date());
        if (fields.note() != null && !fields.note().isBlank()) {
            body.put("description", fields.note().strip());
        }
        if ("yes".equals(fields.favour())) {
            body.put("in_favour_of_media", true);
        } else if ("no".equals(fields.favour())) {
            body.put("in_favour_of_media", false);
        }
        String amount = fields.amount() == null ? "" : fields.amount().strip().replace(" ", "");
        if (!amount.isEmpty()) {
            try {
                body.put("amount_kzt", Long.parseLong(amount));
            } catch (NumberFormatException e) {
                body.put("amount_kzt", fields.amount().strip()); // the reader names it: not a whole number
            }
        }
        try {
            book.record(id, VersionedChange.onCurrent(body));
            return "redirect:/staff/cases/" + id + "#timeline";
        } catch (InvalidInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            return show(id, model, locale, fields, errors);
        }
    }

    private String show(long id, Model model, Locale locale, EventFields eventForm, Map<String, String> errors) {
        LegalCase legalCase = cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("legalCase", view.of(legalCase, true));
        model.addAttribute("eventForm", eventForm);
        model.addAttribute("eventErrors", fieldMessages.inLanguage(errors, locale));
        model.addAttribute("eventKinds", Arrays.stream(EventKind.values()).map(EventKind::code).toList());
        model.addAttribute("trail", audit.history(LegalCases.TABLE, Long.toString(id)).reversed());
        model.addAttribute("today", LocalDate.now(org.kuzet.core.Today.CLOCK).toString());
        model.addAttribute("basisLabel", book.articles(locale).stream()
                .filter(a -> a.code().equals(legalCase.facts().basis())).map(LegalArticle::label).findFirst()
                .orElse(legalCase.facts().basis()));
        // the monitors who see this page see every incident; the titles say what the links are
        model.addAttribute("linkedIncidents", jdbc.sql("""
                select i.id, i.title from legal_case_incident ci join incident i on i.id = ci.incident_id
                where ci.case_id = ? order by i.occurred_on, i.id""").param(id)
                .query((rs, n) -> Map.of("id", rs.getLong("id"), "title", rs.getString("title"))).list());
        return "legalcase/show";
    }

    private static void putText(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

}
