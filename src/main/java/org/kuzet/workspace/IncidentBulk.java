package org.kuzet.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.api.Conflict;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.OnVersion;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.WorkflowState;
import org.kuzet.security.Viewer;
import org.kuzet.web.CsvCells;
import org.springframework.stereotype.Component;

/**
 * The incidents of a bulk action: each step is asked of the incident door ({@link IncidentDesk}) on the revision the
 * record is at when its turn comes. The door applies every rule (who may, which state, four eyes) and announces the
 * change, so each record gets its own audit entry; a refusal is kept with why and changes nothing of that record.
 */
@Component
class IncidentBulk implements BulkRecords {

    static final List<BulkAction> ACTIONS = List.of(BulkAction.ASSIGN, BulkAction.SUBMIT, BulkAction.PUBLISH,
            BulkAction.RETURN, BulkAction.REJECT, BulkAction.ADD_CATEGORIES, BulkAction.REPLACE_CATEGORIES,
            BulkAction.EXPORT);

    /** The columns of the staff export: the public download's, with the workflow state and further categories. */
    private static final String[] COLUMNS = {"id", "state", "date", "title", "place_code", "place",
        "primary_category", "category", "categories", "verification"};

    /** Incidents read at a time for the export. */
    private static final int CHUNK = 500;

    private final IncidentDesk desk;
    private final Incidents incidents;
    private final FormChoices choices;

    IncidentBulk(IncidentDesk desk, Incidents incidents, FormChoices choices) {
        this.desk = desk;
        this.incidents = incidents;
        this.choices = choices;
    }

    @Override
    public String path() {
        return "/staff/incidents";
    }

    @Override
    public String keys() {
        return "bulk.";
    }

    @Override
    public List<BulkAction> actions() {
        return ACTIONS;
    }

    @Override
    public Optional<BulkRefusal> refusal(RuntimeException e, BulkAction action, long id, Viewer by) {
        if (e instanceof Forbidden) {
            return Optional.of(forbidden(action, id, by));
        }
        if (e instanceof Conflict) {
            return Optional.of(incidents.find(id).map(i -> BulkRefusal.inState(i.state().code()))
                    .orElse(BulkRefusal.because("bulk.refused.notFound")));
        }
        if (e instanceof InvalidInput invalid) {
            return Optional.of(wrong(invalid));
        }
        return Optional.empty();
    }

    @Override
    public String title(long id, Viewer by) {
        return IncidentAccess.seen(by, incidents.find(id)).map(i -> i.content().title()).orElse("#" + id);
    }

    @Override
    public String problem(BulkAction action, Details details) {
        if (action == BulkAction.REJECT && details.text().isEmpty()) {
            return "bulk.problem.reason";
        }
        if (action.changesCategories() && details.categories().isEmpty()) {
            return "bulk.problem.categories";
        }
        return null;
    }

    @Override
    public String exportName() {
        return "kuzet-incidents-staff.csv";
    }

    @Override
    public String[] columns() {
        return COLUMNS.clone();
    }

    @Override
    public void export(List<Long> ids, Viewer by, String lang, CSVPrinter csv) throws IOException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Incident i : incidents.findAll(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                if (IncidentAccess.sees(by, i)) {
                    var c = i.content();
                    csv.printRecord(CsvCells.row(i.id(), i.state().code(), c.date(), c.title(), c.place(),
                            choices.placeName(c.place(), lang), c.primaryCategory(),
                            choices.categoryLabel(c.primaryCategory(), lang), String.join(" ", c.categories()),
                            c.verification().code()));
                }
            }
        }
    }

    @Override
    public void step(BulkAction action, long id, Details details, Viewer by) {
        Incident incident = IncidentAccess.seen(by, incidents.find(id))
                .orElseThrow(() -> new NotFound("No incident with id " + id));
        OnVersion version = OnVersion.stated(incident.revision());
        switch (action) {
            case ASSIGN -> desk.assign(id, details.assignee(), by);
            case SUBMIT -> desk.submit(id, version, by);
            case PUBLISH -> desk.publish(id, version, by);
            case RETURN -> desk.returnToDraft(id, version, by);
            case REJECT -> desk.reject(id, details.text(), version, by);
            case ADD_CATEGORIES, REPLACE_CATEGORIES -> recategorise(incident, action, details, version, by);
            case CLOSE, EXPORT -> throw new IllegalArgumentException(action.code() + " is not a step of incidents");
        }
    }

    /** An unpublished incident is revised; a published one corrected by an editor, with the note given. */
    private void recategorise(Incident incident, BulkAction action, Details details, OnVersion version, Viewer by) {
        IncidentContent content = incident.content();
        LinkedHashSet<String> further = new LinkedHashSet<>(
                action == BulkAction.ADD_CATEGORIES ? content.categories() : List.of());
        further.addAll(details.categories());
        IncidentForm form = formOf(content, List.copyOf(further));
        if (incident.state() == WorkflowState.PUBLISHED) {
            desk.correct(incident.id(), form, details.text(), version, by);
        } else {
            desk.revise(incident.id(), form, version, by);
        }
    }

    /** The incident's content as the form the door checks, with other further categories. */
    static IncidentForm formOf(IncidentContent c, List<String> categories) {
        List<IncidentForm.VictimForm> victims = new ArrayList<>();
        c.victims().forEach(v -> victims.add(new IncidentForm.VictimForm(text(v.actor()), v.name(), v.kind().code(),
                v.role(), v.gender() == null ? null : v.gender().code(), v.contact())));
        List<IncidentForm.PerpetratorForm> perpetrators = new ArrayList<>();
        c.perpetrators().forEach(p -> perpetrators.add(new IncidentForm.PerpetratorForm(text(p.actor()), p.name(),
                p.type().code())));
        return new IncidentForm(c.title(), c.summary(), c.date().toString(), c.place(), c.primaryCategory(),
                categories, c.peopleAffected(), c.verification().code(), c.independentSources(), victims, perpetrators,
                c.sources().stream().map(String::valueOf).toList(),
                c.linkedIncidents().stream().map(String::valueOf).toList(), c.confidentialNotes(), c.historical(),
                c.texts().language(), c.texts().translations());
    }

    /** Four eyes, when an editor meets an incident they recorded; else the step is not theirs to take. */
    private BulkRefusal forbidden(BulkAction action, long id, Viewer by) {
        boolean ownRecord = incidents.find(id).map(i -> by.wrote(i.createdBy())).orElse(false);
        if (action == BulkAction.PUBLISH && by.mayPublish() && ownRecord) {
            return BulkRefusal.because("bulk.refused.fourEyes");
        }
        if (action.changesCategories() && by.isMonitor() && !by.mayPublish()) {
            return BulkRefusal.because("bulk.refused.editorCorrects");
        }
        return BulkRefusal.because("bulk.refused.notYours");
    }

    private static BulkRefusal wrong(InvalidInput e) {
        java.util.Set<String> fields = e.problems().stream().map(org.kuzet.core.FieldProblem::field)
                .collect(java.util.stream.Collectors.toSet());
        if (fields.equals(java.util.Set.of("note"))) {
            return BulkRefusal.because("bulk.refused.note");
        }
        if (fields.equals(java.util.Set.of("reason"))) {
            return BulkRefusal.because("bulk.refused.reason");
        }
        return BulkRefusal.wrong(e.problems());
    }

    private static String text(Long actor) {
        return actor == null ? null : actor.toString();
    }
}
