package org.kuzet.workspace;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditLog;
import org.kuzet.audit.AuditQuery;
import org.kuzet.core.FieldProblem;
import org.kuzet.reference.DateRange;
import org.kuzet.reference.Paging;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log in the staff workspace: every change, newest first, filtered by record, person and period. */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;

    /** The records the log holds about staff accounts, seen by who sees the accounts themselves. */
    private static final Set<String> ACCOUNT_RECORDS = Set.of("app_user", "api_token");

    /** The filter form as typed; blank fields do not filter. */
    public record Fields(String kind, String id, String person, String from, String to, String page) {

        public String query() {
            return UriComponentsBuilder.newInstance().queryParam("kind", text(kind)).queryParam("id", text(id))
                    .queryParam("person", text(person)).queryParam("from", text(from)).queryParam("to", text(to))
                    .build().encode().getQuery();
        }
    }

    /** The kinds of record the log names, offered by name in the reader's language (messages audit.kind.*). */
    static final List<String> KINDS = List.of("incident", "legal_case", "statement", "actor", "source",
            "context_event", "inquiry", "report", "dataset_file", "stored_file", "evidence_redaction",
            "intake_submission", "confidential_export", "app_user", "api_token", "two_factor_role");

    private final AuditLog audit;
    private final FieldMessages fieldMessages;

    AuditPages(AuditLog audit, FieldMessages fieldMessages) {
        this.audit = audit;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/staff/audit")
    String log(Fields fields, Model model, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        DateRange period = DateRange.of(fields.from(), fields.to(), problems);
        Paging paging = Paging.of(pageNumber(fields.page(), problems), PAGE_SIZE, problems);
        AuditQuery query = new AuditQuery(orNull(fields.kind()), orNull(fields.id()), orNull(fields.person()), period,
                hiddenKinds(Viewer.current()));
        Paging.Page<AuditEntry> entries = problems.isEmpty() ? audit.search(query, paging)
                : paging.page(List.of(), 0);
        model.addAttribute("fields", fields);
        model.addAttribute("kinds", KINDS.stream().filter(k -> !query.hiddenKinds().contains(k)).toList());
        model.addAttribute("errors", fieldMessages.byField(problems, locale));
        model.addAttribute("entries", entries);
        model.addAttribute("pages", Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "audit/log";
    }

    /** What a reader may not see of the log at all: entries about records above their level. */
    static Set<String> hiddenKinds(Viewer viewer) {
        return viewer.sees(Visibility.ofRecord("account"), null) ? Set.of() : ACCOUNT_RECORDS;
    }

    private static Integer pageNumber(String typed, List<FieldProblem> problems) {
        String page = text(typed);
        if (page.isEmpty()) {
            return null;
        }
        if (!page.matches("[0-9]{1,9}")) {
            problems.add(FieldProblem.of("page", "problem.atLeastOne"));

            return null;
        }
        return Integer.parseInt(page);
    }

    private static String orNull(String typed) {
        String text = text(typed);
        return text.isEmpty() ? null : text;
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
