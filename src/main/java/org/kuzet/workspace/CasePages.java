package org.kuzet.workspace;

import org.kuzet.core.FieldProblem;
import org.kuzet.core.Today;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.legalcase.CaseSelection;
import org.kuzet.legalcase.CaseView;
import org.kuzet.legalcase.EventKind;
import org.kuzet.legalcase.LegalArticle;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.Stage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kuzet.api.InvalidInput;
import org.kuzet.audit.AuditLog;
import org.kuzet.reference.VersionedChange;
import org.kuzet.comment.Comments;
import org.kuzet.security.Viewer;
import org.kuzet.web.DatesInWords;
import org.kuzet.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The staff workspace's legal case pages: the list, and a case with its parties, timeline and money. */
@Controller
class CasePages {

    /** Cases shown on the list at most; "all that match" reaches every one. */
    private static final int LIST_SIZE = 500;

    private static final List<String> KINDS = List.of("criminal", "administrative", "civil");

    /** The fields of the "add a timeline event" form, as typed; favour is yes, no or unknown. */
    public record EventFields(String kind, String date, String favour, String amount, String note) {
        static final EventFields BLANK = new EventFields("hearing", "", "unknown", "", "");
    }

    private final LegalCases cases;
    private final CaseView view;
    private final LegalCaseBook book;
    private final FieldMessages fieldMessages;
    private final JsonMapper json;
    private final AuditLog audit;
    private final IncidentSearch incidents;
    private final Comments comments;
    private final CaseBulk bulk;

    CasePages(LegalCases cases, CaseView view, LegalCaseBook book, FieldMessages fieldMessages,
            JsonMapper json, AuditLog audit, IncidentSearch incidents, Comments comments, CaseBulk bulk) {
        this.bulk = bulk;
        this.incidents = incidents;
        this.comments = comments;
        this.cases = cases;
        this.view = view;
        this.book = book;
        this.fieldMessages = fieldMessages;
        this.json = json;
        this.audit = audit;
    }

    /**
     * The cases, newest first, narrowed by the selection (words, kind, stage), with the bulk actions over those
     * ticked or all that match; {@code ?queue=mine} or {@code ?queue=unassigned} shows above them the cases not
     * closed that I follow, or that nobody follows yet.
     */
    @GetMapping("/staff/cases")
    String list(CaseSelection selection, @RequestParam(defaultValue = "") String queue, Model model) {
        Viewer me = Viewer.current();
        model.addAttribute("cases", cases.matching(selection, LIST_SIZE));
        model.addAttribute("total", cases.count(selection));
        model.addAttribute("selection", selection);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("stages", Arrays.stream(Stage.values()).map(Stage::code).toList());
        model.addAttribute("bulkActions", bulk.offered(me));
        model.addAttribute("bulkMonitor", me.isMonitor());
        model.addAttribute("queue", queue);
        model.addAttribute("queued", switch (queue) {
            case "mine" -> cases.heldBy(me.username());
            case "unassigned" -> cases.heldBy(null);
            default -> List.of();
        });
        return "legalcase/list";
    }

    /** A monitor gives the case to a staff member ({@code assignee}; blank: to nobody), see {@link LegalCaseBook#assign}. */
    @PostMapping("/staff/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee,
            RedirectAttributes redirect) {
        cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            book.assign(id, assignee, Viewer.current());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("unknownAssignee", assignee.strip());
        }
        return "redirect:/staff/cases/" + id + "#assignment";
    }

    @GetMapping("/staff/cases/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return show(id, model, locale, EventFields.BLANK, List.of());
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
        Tenge.put(body, "amount_kzt", fields.amount());
        try {
            book.record(id, VersionedChange.onCurrent(body));
            return "redirect:/staff/cases/" + id + "#timeline";
        } catch (InvalidInput e) {
            return show(id, model, locale, fields, e.problems());
        }
    }

    private String show(long id, Model model, Locale locale, EventFields eventForm, List<FieldProblem> problems) {
        LegalCase legalCase = cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("legalCase", view.of(legalCase, true));
        model.addAttribute("updatedOn", cases.updatedAt(id).map(at -> DatesInWords.of(at, locale)).orElse(null));
        model.addAttribute("assignee", cases.assignee(id).orElse(null));
        model.addAttribute("myName", Viewer.current().username());
        model.addAttribute("eventForm", eventForm);
        model.addAttribute("eventErrors", fieldMessages.byField(problems, locale));

        model.addAttribute("eventKinds", Arrays.stream(EventKind.values()).map(EventKind::code).toList());
        model.addAttribute("trail", audit.history(LegalCases.TABLE, Long.toString(id)).reversed());
        model.addAttribute("today", LocalDate.now(Today.CLOCK).toString());
        model.addAttribute("basisLabel", book.articles(locale).stream()
                .filter(a -> a.code().equals(legalCase.facts().basis())).map(LegalArticle::label).findFirst()
                .orElse(legalCase.facts().basis()));
        model.addAttribute("linkedIncidents", incidents.titledByIds(legalCase.facts().incidentIds(),
                Viewer.current()));
        model.addAttribute("comments", comments.on(LegalCases.TABLE, Long.toString(id), Viewer.current()));
        model.addAttribute("mayComment", Comments.mayComment(Viewer.current()));
        model.addAttribute("commentAction", "/staff/cases/" + id + "/comments");
        return "legalcase/show";
    }

    private static void putText(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

}
