package org.kuzet.workspace;

import org.kuzet.incident.Coded;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.StoredFile;
import org.kuzet.incident.EvidenceFile;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.triage.CandidateQueue;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.IncidentView;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.Origin;
import org.kuzet.incident.PerpetratorType;
import org.kuzet.incident.Verification;
import org.kuzet.incident.VictimKind;
import org.kuzet.incident.WorkflowState;

import org.kuzet.api.OnVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.actor.Actors;
import org.kuzet.api.Conflict;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.audit.AuditLog;
import org.kuzet.api.StaleVersion;
import org.kuzet.comment.Comments;
import org.kuzet.security.Viewer;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.source.Sources;
import org.kuzet.statement.Statements;
import org.kuzet.web.FieldMessages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.kuzet.core.Languages;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff workspace's incident pages: record an incident in a form (errors shown beside their fields), see it as
 * far as one may ({@link IncidentAccess}, {@link IncidentView}), and move it through review. Editors publish and
 * reject; a correspondent sees and changes only their own drafts. Every change names the revision it was made on.
 */
@Controller
@RequestMapping("/staff/incidents")
class IncidentPages {

    /** The fields of the "add a source" form, as typed (shown again beside their errors). */
    public record SourceFields(String kind, String title, String url, String outletName, String publishedOn,
                               String archivedText, Boolean confidential) {
        static final SourceFields BLANK = new SourceFields("media_article", "", "", "", "", "", false);
    }

    /** The fields of the "record an official reply" form, as typed. */
    public record ReplyFields(String speakerName, String speakerRole, String date, String stance, String summary,
                              String quote, String url) {
        static final ReplyFields BLANK = new ReplyFields("", "", "", "rebuttal", "", "", "");
    }

    private final IncidentDesk desk;
    private final Incidents incidents;
    private final FormChoices choices;
    private final Actors actors;
    private final Sources sources;
    private final LegalCases cases;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final FieldMessages fieldMessages;
    private final Statements statements;
    private final LegalCaseBook legalCases;

    private final AuditLog audit;
    private final EvidenceStore evidence;
    private final CandidateQueue candidates;
    private final Refusals refusals;
    private final Comments comments;

    IncidentPages(IncidentDesk desk, Incidents incidents, FormChoices choices, Actors actors, Sources sources,
            LegalCases cases, JsonMapper json, PlatformTransactionManager transactions,
            FieldMessages fieldMessages, Statements statements, LegalCaseBook legalCases,
            AuditLog audit, EvidenceStore evidence, CandidateQueue candidates, Refusals refusals, Comments comments) {
        this.candidates = candidates;
        this.refusals = refusals;
        this.comments = comments;
        this.audit = audit;
        this.evidence = evidence;
        this.legalCases = legalCases;
        this.fieldMessages = fieldMessages;
        this.statements = statements;
        this.desk = desk;
        this.incidents = incidents;
        this.choices = choices;
        this.actors = actors;
        this.sources = sources;
        this.cases = cases;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A new incident; the address may fill it in ({@code ?title=&summary=&date=2024-03&place=kz-oral
     * &primaryCategory=threats&sources=12}), as triage does for a candidate it accepts: nothing is stored until the
     * person saves, and a field not given stays empty (the date is never today by default).
     */
    @GetMapping("/new")
    String blank(@ModelAttribute("form") IncidentPageForm form, Model model, Locale locale) {
        return form(model, form, List.of(), null, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") IncidentPageForm form, @RequestParam(required = false) String action,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
            RedirectAttributes redirect) {
        form.takePick();
        model.addAttribute("answered", true); // the form comes back with what was sent: newer than a kept draft
        List<FieldProblem> errors = new ArrayList<>();
        keepUploads(form, files, errors);
        if (action != null) {
            form.apply(action);
            return form(model, form, errors, null, locale);
        }
        IncidentForm checked = toIncidentForm(form, errors);
        try {
            refuseWhole(checked, errors);
            Viewer me = Viewer.current();
            Incident incident = transaction.execute(status -> {
                Incident recorded = desk.record(checked, null, me, Origin.Way.FORM);
                desk.attachEvidence(recorded.id(), form.evidenceFiles(), me);
                // opened from a triage candidate: its article becomes the new incident's source, and it is decided
                form.candidateId().ifPresent(candidate -> candidates.merge(candidate, recorded.id(), me.username()));
                return recorded;
            });
            redirect.addFlashAttribute("draftSaved", "incident-new");
            return "redirect:/staff/incidents/" + incident.id();
        } catch (InvalidInput e) {
            merge(errors, e.problems());
            return form(model, form, errors, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        Incident incident = load(id);
        IncidentAccess.requireChangeable(Viewer.current(), incident);
        return form(model, IncidentPageForm.of(incident), List.of(), id, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") IncidentPageForm form,
            @RequestParam(required = false) String action,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
            RedirectAttributes redirect) {
        form.takePick();
        model.addAttribute("answered", true); // the form comes back with what was sent: newer than a kept draft
        List<FieldProblem> errors = new ArrayList<>();
        keepUploads(form, files, errors);
        if (action != null) {
            form.apply(action);
            return form(model, form, errors, id, locale);
        }
        IncidentForm checked = toIncidentForm(form, errors);
        try {
            refuseWhole(checked, errors);
            Viewer me = Viewer.current();
            OnVersion version = OnVersion.stated(form.getRevision());
            transaction.executeWithoutResult(status -> {
                if (load(id).state() == WorkflowState.PUBLISHED) {
                    desk.correct(id, checked, form.getNote(), version, me);
                } else {
                    desk.revise(id, checked, version, me);
                }
                desk.attachEvidence(id, form.evidenceFiles(), me);
            });
            redirect.addFlashAttribute("draftSaved", "incident-" + id);
            return "redirect:/staff/incidents/" + id;
        } catch (InvalidInput e) {
            merge(errors, e.problems());
            return form(model, form, errors, id, locale);
        } catch (StaleVersion e) {
            return stale(id, form, model, locale);
        }
    }

    /**
     * Keeps the files chosen on the form in the evidence store at once (a file input cannot be filled again when
     * the form comes back with a problem); they are attached to the incident when it is saved. A file the store
     * refuses is named on the field {@code files}.
     */
    private void keepUploads(IncidentPageForm form, List<MultipartFile> files, List<FieldProblem> errors) {
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
                    : file.getOriginalFilename().strip();
            try {
                StoredFile stored = evidence.store(file.getBytes(), name, Viewer.current().username());
                form.getEvidence().add(new EvidenceFile(stored.sha256(), name).kept());
            } catch (InvalidInput e) {
                // the store's problems name the file as their first argument
                FieldProblem refused = e.problems().getFirst();
                errors.add(new FieldProblem("files", refused.key(), refused.args()));
            } catch (java.io.IOException e) {
                errors.add(FieldProblem.of("files", "problem.fileUnreadable", name));
            }
        }
    }

    /**
     * When the page found a problem of its own (a number that is not one), the rules still check every other
     * field, so that one answer names everything wrong; nothing is stored.
     */
    private void refuseWhole(IncidentForm checked, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            merge(errors, desk.problemsWith(checked));
            throw new InvalidInput(errors);
        }
    }

    /** Both versions side by side: what the person typed on an older revision, and what is stored now. */
    private String stale(long id, IncidentPageForm typed, Model model, Locale locale) {
        Incident stored = load(id);
        model.addAttribute("incidentId", id);
        model.addAttribute("typedRevision", typed.getRevision());
        model.addAttribute("storedRevision", stored.revision());
        model.addAttribute("rows", StaleEdit.rows(typed, IncidentView.of(stored, Viewer.current()), choices,
                Languages.of(locale)));
        return "incident/stale";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        return show(id, model, locale, SourceFields.BLANK, List.of(), ReplyFields.BLANK, List.of());
    }

    private String show(long id, Model model, Locale locale, SourceFields sourceForm, List<FieldProblem> sourceErrors,
            ReplyFields replyForm, List<FieldProblem> replyErrors) {
        return show(id, model, locale, sourceForm, sourceErrors, replyForm, replyErrors, "", List.of());
    }

    private String show(long id, Model model, Locale locale, SourceFields sourceForm, List<FieldProblem> sourceErrors,
            ReplyFields replyForm, List<FieldProblem> replyErrors, String caseTyped, List<FieldProblem> caseErrors) {
        Incident incident = load(id);
        Viewer me = Viewer.current();
        String lang = Languages.of(locale);
        model.addAttribute("incident", desk.shownTo(incident, me));
        model.addAttribute("mayDismiss", me.isMonitor());
        model.addAttribute("assignee", incidents.assignee(id).orElse(null));
        model.addAttribute("myName", me.username());
        model.addAttribute("placeName", choices.placeName(incident.content().place(), lang));
        model.addAttribute("categoryLabel", choices.categoryLabel(incident.content().primaryCategory(), lang));
        model.addAttribute("mayPublish", desk.mayPublish(incident, me));
        // an editor who recorded it is told why the button is missing: four eyes
        model.addAttribute("secondPersonPublishes", me.mayPublish() && !desk.mayPublish(incident, me));
        model.addAttribute("mayChange", mayChange(me, incident));
        List<org.kuzet.incident.RevisionView> revisions = incidents.revisionsShownTo(incident, me);
        model.addAttribute("revisions", revisions);
        // a version kept after the first published one is a correction: "updated", with the day
        model.addAttribute("updatedOn", revisions.size() < 2 ? null : revisions.stream()
                .max(java.util.Comparator.comparingInt(org.kuzet.incident.RevisionView::revision))
                .map(r -> org.kuzet.web.DatesInWords.of(r.recordedAt(), locale)).orElse(null));
        // every change with who and when, newest first; its before and after hold confidential fields: monitors only
        model.addAttribute("trail", me.isMonitor() ? audit.history("incident", Long.toString(id)).reversed() : null);
        Viewer reader = Viewer.current();
        model.addAttribute("sources", incident.content().sources().stream()
                .flatMap(s -> sources.find(s, reader).stream()).toList());
        model.addAttribute("evidence", incidents.evidence(id));
        model.addAttribute("replies", statements.repliesTo(id, null));
        model.addAttribute("cases", cases.linkedTo(id));
        model.addAttribute("sourceKinds", List.of("media_article", "court_document", "social_media_post",
                "official_statement", "monitoring_report", "correspondent_report", "other"));
        model.addAttribute("sourceForm", sourceForm);
        model.addAttribute("sourceErrors", fieldMessages.byField(sourceErrors, locale));
        model.addAttribute("replyForm", replyForm);
        model.addAttribute("replyErrors", fieldMessages.byField(replyErrors, locale));
        model.addAttribute("stances", List.of("rebuttal", "acknowledgement", "statement", "concern"));
        model.addAttribute("caseTyped", caseTyped);
        model.addAttribute("caseErrors", fieldMessages.byField(caseErrors, locale));
        model.addAttribute("comments", comments.on("incident", Long.toString(id), me));
        model.addAttribute("mayComment", Comments.mayComment(me));
        model.addAttribute("commentAction", "/staff/incidents/" + id + "/comments");
        return "incident/show";
    }

    /**
     * Archives a source and adds it to the incident, in one transaction: the text as it was seen is kept with its
     * SHA-256 and the time of archiving. On a published incident this is a correction with its own revision.
     */
    @PostMapping("/{id}/sources")
    String addSource(@PathVariable long id, SourceFields fields, Model model, Locale locale) {
        Viewer me = Viewer.current();
        tools.jackson.databind.node.ObjectNode body = json.createObjectNode();
        body.put("kind", fields.kind());
        putText(body, "title", fields.title());
        putText(body, "url", fields.url());
        putText(body, "outlet_name", fields.outletName());
        putText(body, "published_on", fields.publishedOn());
        if (fields.archivedText() != null && !fields.archivedText().isBlank()) {
            body.put("archived_text", fields.archivedText());
            // the moment the text was seen: archiving is now
            body.put("retrieved_at", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        }
        body.put("confidential", Boolean.TRUE.equals(fields.confidential()));
        List<FieldProblem> errors = new ArrayList<>();
        if (fields.title() == null || fields.title().isBlank()) {
            errors.add(FieldProblem.of("title", "problem.required"));
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            transaction.executeWithoutResult(status -> {
                Incident incident = load(id);
                long source = sources.record(body, Viewer.current().username());
                IncidentPageForm form = IncidentPageForm.of(incident);
                form.getSources().add(String.valueOf(source));
                IncidentForm checked = toIncidentForm(form, new ArrayList<>());
                OnVersion version = OnVersion.stated(incident.revision());
                if (incident.state() == WorkflowState.PUBLISHED) {
                    desk.correct(id, checked, "source added: " + fields.title().trim(), version, me);
                } else {
                    desk.revise(id, checked, version, me);
                }
            });
            return "redirect:/staff/incidents/" + id + "#sources";
        } catch (InvalidInput e) {
            merge(errors, e.problems());
            return show(id, model, locale, fields, errors, ReplyFields.BLANK, List.of());
        }
    }

    /** Records an official reply to the incident, to be shown beside the allegation. */
    @PostMapping("/{id}/replies")
    String addReply(@PathVariable long id, ReplyFields fields, Model model, Locale locale) {
        load(id);
        tools.jackson.databind.node.ObjectNode body = json.createObjectNode();
        putText(body, "speaker_name", fields.speakerName());
        putText(body, "speaker_role", fields.speakerRole());
        putText(body, "date", fields.date());
        putText(body, "stance", fields.stance());
        putText(body, "summary", fields.summary());
        putText(body, "quote", fields.quote());
        putText(body, "url", fields.url());
        body.putArray("incidents").add(id);
        try {
            statements.record(body);
            return "redirect:/staff/incidents/" + id + "#replies";
        } catch (InvalidInput e) {
            return show(id, model, locale, SourceFields.BLANK, List.of(), fields, e.problems());
        }
    }

    /**
     * Links a legal case, named by its number or external id, to the incident, by the legal case feature's own rule
     * (a link made twice changes nothing).
     */
    @PostMapping("/{id}/cases")
    String linkCase(@PathVariable long id, @RequestParam(name = "case", defaultValue = "") String typed, Model model,
            Locale locale) {
        load(id);
        try {
            legalCases.linkIncident(typed, id);
            return "redirect:/staff/incidents/" + id + "#cases";
        } catch (InvalidInput e) {
            return show(id, model, locale, SourceFields.BLANK, List.of(), ReplyFields.BLANK, List.of(), typed,
                    e.problems());

        }
    }

    private static void putText(tools.jackson.databind.node.ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.trim());
        }
    }

    /** A step of review, on the revision the page showed; made on an older one it is refused and said so. */
    @PostMapping("/{id}/{step:submit|publish|return|reopen}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) Integer revision,
            RedirectAttributes redirect) {
        Viewer me = Viewer.current();
        OnVersion version = OnVersion.stated(revision);
        return stepped(id, redirect, () -> {
            switch (step) {
                case "submit" -> desk.submit(id, version, me);
                case "publish" -> desk.publish(id, version, me);
                case "return" -> desk.returnToDraft(id, version, me);
                default -> desk.reopen(id, version, me);
            }
        });
    }

    /** A monitor says the incident does not repeat the other one. */
    @PostMapping("/{id}/duplicates/{other}/dismiss")
    String dismissDuplicate(@PathVariable long id, @PathVariable long other) {
        load(id);
        desk.dismissDuplicate(id, other, Viewer.current());
        return "redirect:/staff/incidents/" + id + "#duplicates";
    }

    /** A monitor merges this incident into the other one it repeats (see {@link IncidentDesk#merge}). */
    @PostMapping("/{id}/duplicates/{other}/merge")
    String mergeInto(@PathVariable long id, @PathVariable long other, RedirectAttributes redirect) {
        load(id);
        try {
            desk.merge(id, other, Viewer.current());
            return "redirect:/staff/incidents/" + other;
        } catch (Conflict | InvalidInput | Forbidden e) {
            // a published incident is corrected by an editor: the monitor is told so on the page, not refused it
            redirect.addFlashAttribute("problem", refusals.said(e, LocaleContextHolder.getLocale()));
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("staleRevision", e.current());
        }
        return "redirect:/staff/incidents/" + id;
    }

    /** A monitor gives the incident to a staff member ({@code assignee}; blank: to nobody), see {@link IncidentDesk#assign}. */
    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee,
            RedirectAttributes redirect) {
        load(id);
        try {
            desk.assign(id, assignee, Viewer.current());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("unknownAssignee", assignee.strip());
        }
        return "redirect:/staff/incidents/" + id + "#assignment";
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Integer revision, RedirectAttributes redirect) {
        return stepped(id, redirect, () -> desk.reject(id, reason, OnVersion.stated(revision), Viewer.current()));
    }

    private String stepped(long id, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
        } catch (Conflict | InvalidInput e) {
            redirect.addFlashAttribute("problem", refusals.said(e, LocaleContextHolder.getLocale()));
        } catch (Forbidden e) {
            if (!me().mayPublish()) {
                throw e;
            }
            redirect.addFlashAttribute("fourEyes", true); // an editor publishing what they recorded
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("staleRevision", e.current());
        }
        return "redirect:/staff/incidents/" + id;
    }

    private static Viewer me() {

        return Viewer.current();
    }

    private String form(Model model, IncidentPageForm form, List<FieldProblem> errors, Long id, Locale locale) {
        form.padRows();
        String lang = Languages.of(locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", fieldMessages.byField(errors, locale)); // beside each field, in the page's language
        model.addAttribute("incidentId", id);
        model.addAttribute("categoryChoices", choices.categories(lang));
        model.addAttribute("placeChoices", choices.places(lang));
        model.addAttribute("victimKinds", codes(VictimKind.values()));
        model.addAttribute("perpetratorTypes", codes(PerpetratorType.values()));
        model.addAttribute("verifications", codes(Verification.values()));
        model.addAttribute("textColumns", form.columns(lang));
        model.addAttribute("languageCodes", Languages.CODES);
        Viewer reader = Viewer.current();
        Map<String, String> sourceTitles = new LinkedHashMap<>();
        for (String sid : form.getSources()) {
            try {
                sources.find(Long.parseLong(sid), reader).ifPresent(src -> sourceTitles.put(sid,
                        src.title() != null ? src.title() : src.url() != null ? src.url() : "#" + sid));
            } catch (NumberFormatException e) {
                // a tampered id is reported by the rules when saved; here it is merely shown by its number
            }
        }
        model.addAttribute("sourceTitles", sourceTitles);
        return "incident/form";
    }

    /** The typed form as the domain's form; numbers that are not numbers are reported here, the rest by the rules. */
    private IncidentForm toIncidentForm(IncidentPageForm form, List<FieldProblem> errors) {
        form.swapIfSwitched();
        Integer people = wholeNumber(form.getPeopleAffected(), "people_affected", errors);
        Integer sources = wholeNumber(form.getIndependentSources(), "independent_sources", errors);
        List<IncidentForm.VictimForm> victims = new ArrayList<>();
        for (IncidentPageForm.VictimRow v : form.filledVictims()) {
            String actor = v.actorKept() != null ? v.actorKept() : actorOf(v.getName());
            victims.add(new IncidentForm.VictimForm(actor, v.getName().trim(), v.getKind(),
                    blankToNull(v.getRole()), blankToNull(v.getGender()), blankToNull(v.getContact())));
        }
        List<IncidentForm.PerpetratorForm> perpetrators = new ArrayList<>();
        for (IncidentPageForm.PerpetratorRow p : form.filledPerpetrators()) {
            String actor = p.actorKept() != null ? p.actorKept() : actorOf(p.getName());
            perpetrators.add(new IncidentForm.PerpetratorForm(actor, p.getName().trim(), p.getType()));
        }
        List<String> categories = form.getCategories() == null ? List.of()
                : form.getCategories().stream().filter(c -> !c.isBlank()).toList();
        return new IncidentForm(form.getTitle(), form.getSummary(), form.getDate(), blankToNull(form.getPlace()),
                blankToNull(form.getPrimaryCategory()), categories, people, form.getVerification(),
                sources == null ? 0 : sources, victims, perpetrators,
                // an edit keeps the incident's sources and links (an empty list here would remove them all)
                form.getSources() == null ? List.of() : form.getSources().stream().filter(x -> !x.isBlank()).toList(),
                form.linkedIncidentList(), blankToNull(form.getConfidentialNotes()), form.isHistorical(),
                blankToNull(form.getLanguage()), form.translationsTyped());
    }

    /** A name that is exactly one known actor (in any spelling) is linked to that actor. */
    private String actorOf(String name) {
        List<Long> found = actors.findBySpelling(name);
        return found.size() == 1 ? String.valueOf(found.getFirst()) : null;
    }

    /** The incident if this person may see it; else "not found", as for one that does not exist. */
    private Incident load(long id) {
        return IncidentAccess.seen(Viewer.current(), incidents.find(id))
                .orElseThrow(() -> new NotFound("No incident with id " + id));
    }

    private static boolean mayChange(Viewer me, Incident incident) {
        try {
            IncidentAccess.requireChangeable(me, incident);
            return true;
        } catch (Forbidden e) {
            return false;
        }
    }

    /** The sources' own rule of who reads what (the sources feature decides which of them a person sees). */

    private static Integer wholeNumber(String text, String field, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(FieldProblem.of(field, "problem.wholeNumber", text));
            return null;
        }
    }

    /** Adds the problems not listed yet (a refusal may repeat those the page found itself). */
    private static void merge(List<FieldProblem> errors, List<FieldProblem> found) {
        found.stream().filter(p -> !errors.contains(p)).forEach(errors::add);
    }

    private static List<String> codes(Coded[] values) {
        return java.util.Arrays.stream(values).map(Coded::code).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
