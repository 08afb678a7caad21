package org.kuzet.legalcase;

import org.kuzet.core.RecordChanged;

/**
 * A legal case was opened, changed, had an event added to its timeline or was linked to an incident. Before and
 * after are the case as the API shows it, so the trail reads like the case did.
 *
 * @param verb {@code opened}, {@code changed}, {@code event_added}, {@code incident_linked} or {@code assigned}
 */
public record CaseChanged(long id, String verb, String actor, Object before, Object after) implements RecordChanged {

    @Override
    public String recordKind() {
        return LegalCases.TABLE;
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return LegalCases.TABLE + "." + verb;
    }
}
