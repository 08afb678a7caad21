package org.kuzet.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.api.Forbidden;
import org.kuzet.api.NotFound;
import org.kuzet.core.Languages;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.legalcase.CaseSelection;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.Viewer;
import org.kuzet.web.CsvCells;
import org.kuzet.web.FieldMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions of the staff incident and legal case lists: the records ticked, or all that match the list's filter,
 * are assigned, submitted, published, returned, rejected, given categories or closed in the background
 * ({@link BulkJobs}), each through its owner's door; a page shows how far it has gone and why each refused record
 * was refused. An export of them is answered at once as CSV.
 */
@Controller
class BulkPages {

    private static final String INCIDENTS = "/staff/incidents/bulk";
    private static final String CASES = "/staff/cases/bulk";

    /** What was chosen on a list: the records ticked, or all that match the filter. */
    record Choice(List<Long> ids, boolean all) {
    }

    private final BulkJobs jobs;
    private final IncidentBulk incidentBulk;
    private final CaseBulk caseBulk;
    private final PublicIncidents list;
    private final LegalCases cases;
    private final StaffAccounts accounts;
    private final MessageSource messages;
    private final FieldMessages fieldMessages;

    BulkPages(BulkJobs jobs, IncidentBulk incidentBulk, CaseBulk caseBulk, PublicIncidents list, LegalCases cases,
            StaffAccounts accounts, MessageSource messages, FieldMessages fieldMessages) {
        this.jobs = jobs;
        this.incidentBulk = incidentBulk;
        this.caseBulk = caseBulk;
        this.list = list;
        this.cases = cases;
        this.accounts = accounts;
        this.messages = messages;
        this.fieldMessages = fieldMessages;
    }

    /**
     * Starts the action on incidents and shows its progress; a request that cannot start (nothing chosen, no reason
     * for a rejection, no such assignee, no category) goes back to the list saying what is missing, changing nothing.
     */
    @PostMapping(INCIDENTS)
    String startOnIncidents(@RequestParam(defaultValue = "") String action,
            @RequestParam(required = false) List<Long> ids, @RequestParam(defaultValue = "false") boolean all,
            PublicListFilter filter, @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "bulkCategories", required = false) List<String> categories, Locale locale,
            RedirectAttributes redirect) {
        Viewer me = Viewer.current();
        BulkAction chosenAction = offered(incidentBulk, action, me);
        return start(incidentBulk, chosenAction, incidents(new Choice(ids, all), filter, locale, me),
                details(assignee, text, categories), filter.queryString(), locale, redirect);
    }

    /** Starts the action on legal cases, as {@link #startOnIncidents} does on incidents. */
    @PostMapping(CASES)
    String startOnCases(@RequestParam(defaultValue = "") String action,
            @RequestParam(required = false) List<Long> ids, @RequestParam(defaultValue = "false") boolean all,
            CaseSelection selection, @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String text, Locale locale, RedirectAttributes redirect) {
        BulkAction chosenAction = offered(caseBulk, action, Viewer.current());
        return start(caseBulk, chosenAction, cases(new Choice(ids, all), selection),
                details(assignee, text, null), selection.queryString(), locale, redirect);
    }

    /** The progress page: htmx asks for {@link #progress} again until the last record is handled. */
    @GetMapping({INCIDENTS + "/{job}", CASES + "/{job}"})
    String job(@PathVariable UUID job, Model model, Locale locale) {
        describe(job, model, locale);
        return "workspace/bulk";
    }

    /** The part of the progress page that changes, polled while the job runs. */
    @GetMapping({INCIDENTS + "/{job}/progress", CASES + "/{job}/progress"})
    String progress(@PathVariable UUID job, Model model, Locale locale) {
        describe(job, model, locale);
        return "workspace/bulk :: progress";
    }

    /** The chosen incidents as CSV, as far as this person may see them; nothing is changed. */
    @PostMapping(INCIDENTS + "/export")
    void exportIncidents(@RequestParam(required = false) List<Long> ids,
            @RequestParam(defaultValue = "false") boolean all, PublicListFilter filter, Locale locale,
            HttpServletResponse response) throws IOException {
        Viewer me = Viewer.current();
        export(incidentBulk, incidents(new Choice(ids, all), filter, locale, me), me, locale, response);
    }

    /** The chosen legal cases as CSV; nothing is changed. */
    @PostMapping(CASES + "/export")
    void exportCases(@RequestParam(required = false) List<Long> ids, @RequestParam(defaultValue = "false") boolean all,
            CaseSelection selection, Locale locale, HttpServletResponse response) throws IOException {
        export(caseBulk, cases(new Choice(ids, all), selection), Viewer.current(), locale, response);
    }

    /** The action asked for, if these records have it and this person is offered it; else 400 or 403. */
    private static BulkAction offered(BulkRecords records, String code, Viewer me) {
        BulkAction action = BulkAction.of(code).filter(a -> a != BulkAction.EXPORT && records.actions().contains(a))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (!action.offeredTo(me)) {
            throw new Forbidden("The bulk action " + code + " is not offered to this account.");
        }
        return action;
    }

    private String start(BulkRecords records, BulkAction action, List<Long> chosen, BulkRecords.Details details,
            String listQuery, Locale locale, RedirectAttributes redirect) {
        String problem = problem(records, action, chosen, details);
        if (problem != null) {
            redirect.addFlashAttribute("bulkProblem", problem);
            redirect.addFlashAttribute("bulkAssignee", details.assignee());
            return "redirect:" + records.path() + "?" + withLang(listQuery, locale);
        }
        BulkJob job = jobs.start(records, action, chosen, details, Viewer.current());
        return "redirect:" + records.path() + "/bulk/" + job.getId() + "?lang=" + Languages.of(locale);
    }

    private void export(BulkRecords records, List<Long> chosen, Viewer me, Locale locale,
            HttpServletResponse response) throws IOException {
        Writer writer = CsvCells.download(response, records.exportName());
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(records.columns()).get().print(writer)) {
            records.export(chosen, me, Languages.of(locale), csv);
        }
    }

    private static BulkRecords.Details details(String assignee, String text, List<String> categories) {
        return new BulkRecords.Details(assignee.strip(), text.strip(),
                categories == null ? List.of() : categories.stream().filter(c -> !c.isBlank()).distinct().toList());
    }

    private void describe(UUID id, Model model, Locale locale) {
        BulkJob job = jobs.find(id, Viewer.current()).orElseThrow(() -> new NotFound("No bulk action " + id));
        // finished first: when it was, the counts read after it are the final ones
        boolean finished = job.isFinished();
        List<BulkJob.Refusal> refused = job.getRefused();
        model.addAttribute("job", job);
        model.addAttribute("finished", finished);
        model.addAttribute("refused", refused);
        model.addAttribute("done", job.getDone());
        model.addAttribute("actionLabel", messages.getMessage("bulk.action." + job.getActionCode(), null, locale));
        model.addAttribute("reasons", refused.stream().collect(Collectors.toMap(BulkJob.Refusal::id,
                r -> r.reason().said(messages, fieldMessages, locale), (a, b) -> a, LinkedHashMap::new)));
    }

    /** The incidents ticked, or every one the filter selects for this person (as the list shows them). */
    private List<Long> incidents(Choice choice, PublicListFilter filter, Locale locale, Viewer me) {
        if (!choice.all()) {
            return ticked(choice);
        }
        List<Long> found = new ArrayList<>();
        list.each(filter, Languages.of(locale), IncidentAccess.seesEveryUnpublished(me), row -> found.add(row.id()));
        return found;
    }

    /** The cases ticked, or every one the list's filter selects. */
    private List<Long> cases(Choice choice, CaseSelection selection) {
        return choice.all() ? cases.idsMatching(selection) : ticked(choice);
    }

    private static List<Long> ticked(Choice choice) {
        return choice.ids() == null ? List.of() : choice.ids().stream().distinct().toList();
    }

    /** The message key of what keeps the action from starting, or null. */
    private String problem(BulkRecords records, BulkAction action, List<Long> chosen, BulkRecords.Details details) {
        if (chosen.isEmpty()) {
            return records.keys() + "problem.none";
        }
        if (action == BulkAction.ASSIGN && !details.assignee().isEmpty()
                && !accounts.exists(details.assignee().toLowerCase(Locale.ROOT))) {
            return "bulk.problem.assignee";
        }
        return records.problem(action, details);
    }

    private static String withLang(String query, Locale locale) {
        return (query.isEmpty() ? "" : query + "&") + "lang=" + Languages.of(locale);
    }
}
