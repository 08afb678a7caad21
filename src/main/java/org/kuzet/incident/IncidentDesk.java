package org.kuzet.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.api.FieldProblem;
import java.util.function.Consumer;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident use cases as the staff performs them: record, change, and move through review. Each is one
 * transaction; input is checked completely before anything is written, so a refused request changes nothing.
 */
@Service
public class IncidentDesk {

    private final Incidents incidents;
    private final IncidentRules rules;
    private final References references;
    private final Clock clock = Clock.systemUTC();

    IncidentDesk(Incidents incidents, IncidentRules rules, ApiReferences references) {
        this.incidents = incidents;
        this.rules = rules;
        this.references = references;
    }

    @Transactional
    public Incident record(IncidentForm form, String externalId, StaffMember by) {
        IncidentContent content = rules.check(form, references);
        if (externalId != null && incidents.idByExternalId(externalId).isPresent()) {
            throw InvalidInput.of("external_id", "'" + externalId + "' is already used by another incident");
        }
        return incidents.add(Incident.draft(externalId, content, by.username()), null);
    }

    @Transactional
    public Incident revise(long id, IncidentForm form, Integer expectedRevision) {
        Incident incident = load(id, expectedRevision);
        incident.checkRevisable();
        IncidentContent content = checked(id, form, new ArrayList<>());
        incident.revise(content);
        incidents.save(incident, null);
        return incident;
    }

    @Transactional
    public Incident correct(long id, IncidentForm form, Integer expectedRevision, String note, StaffMember by) {
        Incident incident = load(id, expectedRevision);
        incident.checkCorrectable(by);
        List<FieldProblem> problems = new ArrayList<>();
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "is required: say what the correction changes and why"));
        }
        IncidentContent content = checked(id, form, problems);
        incident.correct(by, content, now(), note);
        incidents.save(incident, null);
        return incident;
    }

    @Transactional
    public Incident submit(long id, StaffMember by) {
        return step(id, i -> i.submit(by, now()));
    }

    @Transactional
    public Incident publish(long id, StaffMember by) {
        return step(id, i -> i.publish(by, now()));
    }

    @Transactional
    public Incident reject(long id, StaffMember by, String reason) {
        return step(id, i -> i.reject(by, reason));
    }

    @Transactional
    public Incident returnToDraft(long id, StaffMember by) {
        return step(id, i -> i.returnToDraft(by));
    }

    @Transactional
    public Incident reopen(long id, StaffMember by) {
        return step(id, i -> i.reopen(by));
    }

    private Incident step(long id, Consumer<Incident> change) {
        Incident incident = load(id, null);
        change.accept(incident);
        incidents.save(incident, null);
        return incident;
    }

    /** The checked content; every problem, with those the caller found already, in one {@link InvalidInput}. */
    private IncidentContent checked(long id, IncidentForm form, List<FieldProblem> problems) {
        IncidentContent content = rules.check(form, references, problems);
        List<String> linked = form.linkedIncidents() == null ? List.of() : form.linkedIncidents();
        for (int i = 0; i < linked.size(); i++) {
            if (String.valueOf(id).equals(linked.get(i))) {
                problems.add(new FieldProblem("linked_incidents[" + i + "]", "an incident cannot be linked to itself"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return content;
    }

    private Incident load(long id, Integer expectedRevision) {
        Incident incident = incidents.findForUpdate(id).orElseThrow(() -> new NotFound("No incident with id " + id));
        if (expectedRevision != null && expectedRevision != incident.revision()) {
            throw new org.kuzet.api.Conflict("Incident " + id + " is at revision " + incident.revision()
                    + ", not " + expectedRevision + ": someone changed it meanwhile; reload it and apply the change again.");
        }
        return incident;
    }

    private Instant now() {
        return clock.instant();
    }
}
