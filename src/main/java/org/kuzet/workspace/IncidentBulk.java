package org.kuzet.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.kuzet.api.Conflict;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.OnVersion;
import org.kuzet.api.StaleVersion;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.WorkflowState;
import org.kuzet.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One record of a bulk action: the step asked of the incident door ({@link IncidentDesk}), in a transaction of its
 * own, on the revision the record is at when its turn comes. The door applies every rule (who may, which state,
 * four eyes) and announces the change, so each record gets its own audit entry; a refusal is kept with why and
 * changes nothing of that record.
 */
@Component
class IncidentBulk {

    /** What the bulk action carries besides the records: the assignee, the reason or note, the categories. */
    record Details(String assignee, String text, List<String> categories) {
        static final Details NONE = new Details("", "", List.of());
    }

    private static final Logger log = LoggerFactory.getLogger(IncidentBulk.class);

    private final IncidentDesk desk;
    private final Incidents incidents;
    private final TransactionTemplate transaction;

    IncidentBulk(IncidentDesk desk, Incidents incidents, PlatformTransactionManager transactions) {
        this.desk = desk;
        this.incidents = incidents;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Applies the action to the record; empty when done, else why it was refused. */
    Optional<BulkRefusal> apply(BulkAction action, long id, Details details, Viewer by) {
        try {
            transaction.executeWithoutResult(status -> step(action, id, details, by));
            return Optional.empty();
        } catch (NotFound e) {
            return Optional.of(BulkRefusal.because("bulk.refused.notFound"));
        } catch (Forbidden e) {
            return Optional.of(forbidden(action, id, by));
        } catch (Conflict e) {
            return Optional.of(incidents.find(id).map(i -> BulkRefusal.inState(i.state().code()))
                    .orElse(BulkRefusal.because("bulk.refused.notFound")));
        } catch (StaleVersion e) {
            return Optional.of(BulkRefusal.because("bulk.refused.stale"));
        } catch (InvalidInput e) {
            return Optional.of(wrong(e));
        } catch (RuntimeException e) {
            log.warn("Bulk {} of incident {} failed", action.code(), id, e);
            return Optional.of(BulkRefusal.because("bulk.refused.failed"));
        }
    }

    private void step(BulkAction action, long id, Details details, Viewer by) {
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
            case EXPORT -> throw new IllegalArgumentException("an export is answered at once, not run as a job");
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
                c.linkedIncidents().stream().map(String::valueOf).toList(), c.confidentialNotes(), c.historical());
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
