package org.kuzet.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.api.Forbidden;
import org.kuzet.api.NotFound;
import org.kuzet.core.Languages;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.Incidents;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions of the staff incident list: the incidents ticked, or all that match the list's filter, are assigned,
 * submitted, published, returned, rejected or given categories in the background ({@link BulkJobs}), each through
 * the incident door; a page shows how far it has gone and why each refused record was refused. An export of them
 * is answered at once as CSV.
 */
@Controller
@RequestMapping("/staff/incidents/bulk")
class BulkPages {

    /** The columns of the staff export: the public download's, with the workflow state and further categories. */
    private static final String[] COLUMNS = {"id", "state", "date", "title", "place_code", "place",
        "primary_category", "category", "categories", "verification"};

    /** Incidents read at a time for the export. */
    private static final int CHUNK = 500;

    /** What was chosen on the list: the incidents ticked, or all that match the filter. */
    record Choice(List<Long> ids, boolean all) {
    }

    private final BulkJobs jobs;
    private final PublicIncidents list;
    private final Incidents incidents;
    private final StaffAccounts accounts;
    private final FormChoices choices;
    private final MessageSource messages;
    private final FieldMessages fieldMessages;

    BulkPages(BulkJobs jobs, PublicIncidents list, Incidents incidents, StaffAccounts accounts, FormChoices choices,
            MessageSource messages, FieldMessages fieldMessages) {
        this.jobs = jobs;
        this.list = list;
        this.incidents = incidents;
        this.accounts = accounts;
        this.choices = choices;
        this.messages = messages;
        this.fieldMessages = fieldMessages;
    }

    /**
     * Starts the action and shows its progress; a request that cannot start (nothing chosen, no reason for a
     * rejection, no such assignee, no category) goes back to the list saying what is missing, changing nothing.
     */
    @PostMapping
    String start(@RequestParam(defaultValue = "") String action, @RequestParam(required = false) List<Long> ids,
            @RequestParam(defaultValue = "false") boolean all, PublicListFilter filter,
            @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "bulkCategories", required = false) List<String> categories, Locale locale,
            RedirectAttributes redirect) {
        Viewer me = Viewer.current();
        BulkAction chosenAction = BulkAction.of(action).filter(a -> a != BulkAction.EXPORT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (!chosenAction.offeredTo(me)) {
            throw new Forbidden("The bulk action " + action + " is not offered to this account.");
        }
        List<Long> chosen = chosen(new Choice(ids, all), filter, locale, me);
        IncidentBulk.Details details = new IncidentBulk.Details(assignee.strip(), text.strip(),
                categories == null ? List.of() : categories.stream().filter(c -> !c.isBlank()).distinct().toList());
        String problem = problem(chosenAction, chosen, details);
        if (problem != null) {
            redirect.addFlashAttribute("bulkProblem", problem);
            redirect.addFlashAttribute("bulkAssignee", details.assignee());
            return "redirect:/staff/incidents?" + withLang(filter.queryString(), locale);
        }
        BulkJob job = jobs.start(chosenAction, chosen, details, me);
        return "redirect:/staff/incidents/bulk/" + job.getId() + "?lang=" + Languages.of(locale);
    }

    /** The progress page: htmx asks for {@link #progress} again until the last record is handled. */
    @GetMapping("/{job}")
    String job(@PathVariable UUID job, Model model, Locale locale) {
        describe(job, model, locale);
        return "workspace/bulk";
    }

    /** The part of the progress page that changes, polled while the job runs. */
    @GetMapping("/{job}/progress")
    String progress(@PathVariable UUID job, Model model, Locale locale) {
        describe(job, model, locale);
        return "workspace/bulk :: progress";
    }

    /** The chosen incidents as CSV, as far as this person may see them; nothing is changed. */
    @PostMapping("/export")
    void export(@RequestParam(required = false) List<Long> ids, @RequestParam(defaultValue = "false") boolean all,
            PublicListFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        Viewer me = Viewer.current();
        String lang = Languages.of(locale);
        List<Long> chosen = chosen(new Choice(ids, all), filter, locale, me);
        Writer writer = CsvCells.download(response, "kuzet-incidents-staff.csv");
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer)) {
            for (int from = 0; from < chosen.size(); from += CHUNK) {
                for (Incident i : incidents.findAll(chosen.subList(from, Math.min(chosen.size(), from + CHUNK)))) {
                    if (IncidentAccess.sees(me, i)) {
                        csv.printRecord(row(i, lang));
                    }
                }
            }
        }
    }

    private Object[] row(Incident i, String lang) {
        var c = i.content();
        return CsvCells.row(i.id(), i.state().code(), c.date(), c.title(), c.place(),
                choices.placeName(c.place(), lang), c.primaryCategory(), choices.categoryLabel(c.primaryCategory(), lang),
                String.join(" ", c.categories()), c.verification().code());
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
                r -> r.reason().said(messages, fieldMessages, locale), (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** The incidents ticked, or every one the filter selects for this person (as the list shows them). */
    private List<Long> chosen(Choice choice, PublicListFilter filter, Locale locale, Viewer me) {
        if (!choice.all()) {
            return choice.ids() == null ? List.of() : choice.ids().stream().distinct().toList();
        }
        List<Long> found = new ArrayList<>();
        list.each(filter, Languages.of(locale), IncidentAccess.seesEveryUnpublished(me), row -> found.add(row.id()));
        return found;
    }

    /** The message key of what keeps the action from starting, or null. */
    private String problem(BulkAction action, List<Long> chosen, IncidentBulk.Details details) {
        if (chosen.isEmpty()) {
            return "bulk.problem.none";
        }
        if (action == BulkAction.REJECT && details.text().isEmpty()) {
            return "bulk.problem.reason";
        }
        if (action == BulkAction.ASSIGN && !details.assignee().isEmpty()
                && !accounts.exists(details.assignee().toLowerCase(Locale.ROOT))) {
            return "bulk.problem.assignee";
        }
        if (action.changesCategories() && details.categories().isEmpty()) {
            return "bulk.problem.categories";
        }
        return null;
    }

    private static String withLang(String query, Locale locale) {
        return (query.isEmpty() ? "" : query + "&") + "lang=" + Languages.of(locale);
    }
}
