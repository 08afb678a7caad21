package org.kuzet.incident;

import org.kuzet.core.RecordChanged;

/**
 * What the incident module announces of each change it makes, inside the change's transaction: one small record
 * per step of the workflow. {@code before} and {@code after} are the whole incident as staff see it (what
 * incident_revision keeps of a published version). A dataset file announces nothing per incident: its importer
 * records the file as one change.
 */
public sealed interface IncidentEvent extends RecordChanged {

    long id();

    /** The verb of {@link #action()}: {@code recorded}, {@code published}... */
    String verb();

    @Override
    default String recordKind() {
        return IncidentView.KIND;
    }

    @Override
    default String recordId() {
        return Long.toString(id());
    }

    @Override
    default String action() {
        return recordKind() + "." + verb();
    }

    /** A new draft, with where it came from. */
    record Recorded(long id, String actor, Origin origin, IncidentView incident) implements IncidentEvent {
        /** The draft as written, with its origin: what the audit log keeps of a new incident. */
        public record Drafted(Origin origin, IncidentView incident) {
        }

        @Override
        public String verb() {
            return "recorded";
        }

        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return new Drafted(origin, incident);
        }
    }

    /** A step of an existing incident through review or a change of its content. */
    record Stepped(Step step, long id, String actor, IncidentView before, IncidentView after)
            implements IncidentEvent {
        @Override
        public String verb() {
            return step.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One more source cited on an incident, outside its form (a triage candidate merged into it). */
    record SourceCited(long id, String actor, long sourceId, Origin origin) implements IncidentEvent {
        /** The source as the audit log keeps it: which one, and where it came from. */
        public record Citation(long sourceId, Origin origin) {
        }

        @Override
        public String verb() {
            return "source_cited";
        }

        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return new Citation(sourceId, origin);
        }
    }

    /** Evidence files were attached to the incident (the files themselves are in the evidence store). */
    record EvidenceAttached(long id, String actor, java.util.List<EvidenceFile> files) implements IncidentEvent {
        @Override
        public String verb() {
            return "evidence_attached";
        }

        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return files;
        }
    }

    /** The steps an existing incident takes. */
    enum Step {
        EDITED, SUBMITTED, PUBLISHED, RETURNED, REJECTED, REOPENED, CORRECTED
    }
}
