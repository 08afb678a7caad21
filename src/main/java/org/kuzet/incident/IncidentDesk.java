package org.kuzet.incident;

import org.kuzet.incident.internal.DuplicateRules;
import org.kuzet.incident.internal.IncidentRules;
import org.kuzet.incident.internal.IncidentSection;
import org.kuzet.incident.internal.PossibleDuplicates;
import org.kuzet.api.OnVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.core.FieldProblem;
import java.util.function.Consumer;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.References;
import org.kuzet.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident use cases as the staff performs them: record, change, and move through review. Each is one
 * transaction; who asks, on which version, and the input are checked completely before anything is written, so a
 * refused request changes nothing. It is the one door of new incidents (the form, the API, archived reports,
 * accepted triage candidates; a dataset file keeps its bulk path in {@link IncidentSection}) and announces each
 * change as an {@link IncidentEvent} within the transaction.
 */
@Service
public class IncidentDesk {

    private final Incidents incidents;
    private final IncidentRules rules;
    private final References references;
    private final ApplicationEventPublisher events;
    private final PossibleDuplicates duplicates;
    private final org.kuzet.security.StaffAccounts accounts;
    private final Clock clock = Clock.systemUTC();

    /** Whoever recorded an incident may not publish it ({@code kuzet.review.four-eyes}, on unless turned off). */
    private final boolean fourEyes;

    IncidentDesk(Incidents incidents, IncidentRules rules, ApiReferences references,
            ApplicationEventPublisher events, PossibleDuplicates duplicates, org.kuzet.security.StaffAccounts accounts,
            @org.springframework.beans.factory.annotation.Value("${kuzet.review.four-eyes:true}") boolean fourEyes) {
        this.fourEyes = fourEyes;
        this.accounts = accounts;
        this.incidents = incidents;
        this.duplicates = duplicates;
        this.rules = rules;
        this.references = references;
        this.events = events;
    }

    /**
     * Attaches files already kept in the evidence store to the incident, by whoever may change it; one audit entry
     * names the files that are new to it.
     */
    @Transactional
    public void attachEvidence(long id, List<EvidenceFile> files, Viewer by) {
        Incident incident = incidents.find(id).orElseThrow(() -> new NotFound("No incident with id " + id));
        IncidentAccess.requireChangeable(by, incident);
        List<EvidenceFile> added = files.stream().filter(f -> incidents.attach(id, f, by.username())).toList();
        if (!added.isEmpty()) {
            events.publishEvent(new IncidentEvent.EvidenceAttached(id, by.username(), added));
        }
    }

    /** Whether this person may publish the incident: an editor, and not whoever recorded it when four eyes hold. */
    public boolean mayPublish(Incident incident, Viewer viewer) {
        return viewer.mayPublish() && (!fourEyes || incident.mayBePublishedBy(viewer.username()));
    }

    /** Every problem the rules find with the form, writing nothing (a page adds those it found itself). */
    public List<FieldProblem> problemsWith(IncidentForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        rules.check(form, references, problems);
        return problems;
    }

    /** A draft recorded by a staff member through the form or the API. */
    @Transactional
    public Incident record(IncidentForm form, String externalId, Viewer by, Origin.Way way) {
        IncidentAccess.member(by);
        return recordDraft(form, externalId, new Origin(by.username(), way, null));
    }

    /**
     * The one way a new incident is written: every rule of {@link IncidentRules} (dates and their precision in
     * Almaty's day, places, categories, people, references by database id), as a draft of {@code origin.by()}.
     * A draft that may repeat an incident already recorded is recorded all the same, with the suspicion
     * ({@link PossibleDuplicates}): only a person can tell two reports of one event from two events.
     *
     * @throws InvalidInput naming every field that is wrong; nothing is written then
     */
    @Transactional
    public Incident recordDraft(IncidentForm form, String externalId, Origin origin) {
        IncidentContent content = rules.check(form, references);
        if (externalId != null && incidents.idByExternalId(externalId).isPresent()) {
            throw InvalidInput.of("external_id", "problem.incidentExternalIdUsed", externalId);
        }
        Incident stored = incidents.add(Incident.draft(externalId, content, origin.by()), null);
        duplicates.lookFor(stored.id(), content);
        events.publishEvent(new IncidentEvent.Recorded(stored.id(), origin.by(), origin, incidents.whole(stored)));
        return stored;
    }

    @Transactional
    public Incident revise(long id, IncidentForm form, OnVersion version, Viewer by) {
        return lookedAgain(change(id, version, by, IncidentEvent.Step.EDITED, incident -> {
            incident.checkRevisable();
            incident.revise(checked(id, form, new ArrayList<>()));
        }));
    }

    @Transactional
    public Incident correct(long id, IncidentForm form, String note, OnVersion version, Viewer by) {
        StaffMember member = IncidentAccess.member(by);
        return lookedAgain(change(id, version, by, IncidentEvent.Step.CORRECTED, incident -> {
            incident.checkCorrectable(member);
            List<FieldProblem> problems = new ArrayList<>();
            if (note == null || note.isBlank()) {
                problems.add(FieldProblem.of("note", "problem.correctionNote"));
            }
            incident.correct(member, checked(id, form, problems), now(), note);
        }));
    }

    @Transactional
    public Incident submit(long id, OnVersion version, Viewer by) {
        return change(id, version, by, IncidentEvent.Step.SUBMITTED,
                i -> i.submit(IncidentAccess.member(by), now()));
    }

    @Transactional
    public Incident publish(long id, OnVersion version, Viewer by) {
        return change(id, version, by, IncidentEvent.Step.PUBLISHED,
                i -> i.publish(IncidentAccess.member(by), now(), fourEyes));
    }

    @Transactional
    public Incident reject(long id, String reason, OnVersion version, Viewer by) {
        return change(id, version, by, IncidentEvent.Step.REJECTED,
                i -> i.reject(IncidentAccess.member(by), reason));
    }

    @Transactional
    public Incident returnToDraft(long id, OnVersion version, Viewer by) {
        return change(id, version, by, IncidentEvent.Step.RETURNED,
                i -> i.returnToDraft(IncidentAccess.member(by)));
    }

    @Transactional
    public Incident reopen(long id, OnVersion version, Viewer by) {
        return change(id, version, by, IncidentEvent.Step.REOPENED,
                i -> i.reopen(IncidentAccess.member(by)));
    }

    /**
     * Cites one more source on an incident, as a merged triage candidate does with its article: the incident's content
     * and revision stay as they are, and the citation is announced (so the audit log records who added it and from
     * where). Citing a source the incident cites already changes nothing and announces nothing.
     *
     * @throws NotFound when there is no such incident
     */
    @Transactional
    public void citeSource(long incidentId, long sourceId, Origin origin) {
        incidents.findForUpdate(incidentId).orElseThrow(() -> new NotFound("No incident with id " + incidentId));
        if (incidents.addSource(incidentId, sourceId)) {
            events.publishEvent(new IncidentEvent.SourceCited(incidentId, origin.by(), sourceId, origin));
        }
    }

    /**
     * A monitor, editor or admin gives the incident to a staff member to work on, or to nobody ({@code assignee}
     * blank); its content and revision stay as they are. The change is announced, so the audit log records it;
     * giving it to whoever holds it already changes nothing.
     *
     * @throws InvalidInput when no staff account has that name
     */
    @Transactional
    public void assign(long id, String assignee, Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins assign incidents.");
        }
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip().toLowerCase(java.util.Locale.ROOT);
        if (to != null && !accounts.exists(to)) {
            throw InvalidInput.of("assignee", "problem.noStaffMember", to);
        }
        incidents.findForUpdate(id).orElseThrow(() -> new NotFound("No incident with id " + id));
        String from = incidents.assignee(id).orElse(null);
        if (!java.util.Objects.equals(from, to)) {
            incidents.assign(id, to);
            events.publishEvent(new IncidentEvent.Assigned(id, by.username(), from, to));
        }
    }

    /** The incident as this person may see it, with the incidents it may repeat as far as they are shown to them. */
    public IncidentView shownTo(Incident incident, Viewer viewer) {
        return IncidentView.of(incident, viewer).withPossibleDuplicates(duplicates.shownTo(incident, viewer));
    }

    /**
     * A monitor says the incident does not repeat the other one it was suspected of repeating.
     *
     * @throws NotFound when either is not there for this monitor, or no such suspicion is pending
     */
    @Transactional
    public void dismissDuplicate(long id, long other, Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins dismiss a possible duplicate.");
        }
        PossibleDuplicates.Suspicion dismissed = duplicates.dismiss(id, other, by.username())
                .orElseThrow(() -> new NotFound("Incident " + id + " is not suspected of repeating incident " + other));
        events.publishEvent(new DuplicateDismissed(id, other, dismissed.reasons(), by.username()));
    }

    /**
     * A monitor merges an incident (a draft, or one under review) into the other one it repeats: its sources,
     * victims and categories go to the kept incident (a correction, by an editor, when that one is published), and
     * it is rejected, "merged into #kept". Both keep their histories; each announces its one step.
     *
     * @throws NotFound when either is not there
     */
    @Transactional
    public Incident merge(long duplicateId, long keptId, Viewer by) {
        StaffMember member = IncidentAccess.member(by);
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins merge one incident into another.");
        }
        if (duplicateId == keptId) {
            throw InvalidInput.of("into", "problem.mergedIntoItself");
        }
        Incident duplicate = incidents.find(duplicateId)
                .orElseThrow(() -> new NotFound("No incident with id " + duplicateId));
        Incident kept = incidents.find(keptId).orElseThrow(() -> new NotFound("No incident with id " + keptId));
        // refused before anything is written: a published incident is corrected by an editor, a rejected one not changed
        boolean correction = kept.state() == WorkflowState.PUBLISHED;
        if (correction) {
            kept.checkCorrectable(member);
        } else {
            kept.checkRevisable();
        }
        IncidentContent merged = DuplicateRules.merged(kept.content(), duplicate.content());
        change(duplicateId, OnVersion.stated(duplicate.revision()), by, IncidentEvent.Step.REJECTED,
                i -> i.mergedInto(keptId));
        duplicates.dismiss(duplicateId, keptId, by.username());
        if (correction) {
            return lookedAgain(change(keptId, OnVersion.stated(kept.revision()), by, IncidentEvent.Step.CORRECTED,
                    i -> i.correct(member, merged, now(), "merged #" + duplicateId + " into it")));
        }
        return lookedAgain(change(keptId, OnVersion.stated(kept.revision()), by, IncidentEvent.Step.EDITED,
                i -> i.revise(merged)));
    }

    /** After a change of content, the suspicions are looked for again. */
    private Incident lookedAgain(Incident changed) {
        duplicates.lookFor(changed.id(), changed.content());
        return changed;
    }

    /**
     * One change, on the row locked until the transaction ends: who may make it and on which version are checked
     * there, so two changes made on the same version cannot both pass; the change is a new revision.
     */
    private Incident change(long id, OnVersion version, Viewer by, IncidentEvent.Step step,
            Consumer<Incident> change) {
        Incident incident = incidents.findForUpdate(id).orElseThrow(() -> new NotFound("No incident with id " + id));
        // refused alike whether or not the person may read it: only their own drafts are theirs to change
        IncidentAccess.requireChangeable(by, incident);
        version.require(incident.revision());
        IncidentView before = incidents.whole(incident);
        incident.nextRevision();
        change.accept(incident);
        incidents.save(incident, null);
        IncidentView after = incidents.whole(incident);
        events.publishEvent(new IncidentEvent.Stepped(step, id, by.username(), before, after));
        return incident;
    }

    /** The checked content; every problem, with those the caller found already, in one {@link InvalidInput}. */
    private IncidentContent checked(long id, IncidentForm form, List<FieldProblem> problems) {
        IncidentContent content = rules.check(form, references, problems);
        List<String> linked = form.linkedIncidents() == null ? List.of() : form.linkedIncidents();
        for (int i = 0; i < linked.size(); i++) {
            if (String.valueOf(id).equals(linked.get(i))) {
                problems.add(FieldProblem.of("linked_incidents[" + i + "]", "problem.linkedToItself"));

            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return content;
    }

    private Instant now() {
        return clock.instant();
    }
}
