package org.kuzet.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.api.Conflict;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;

/**
 * One event touching freedom of expression, with its way through review: draft -> in_review -> published, or
 * in_review -> rejected -> draft again. Every change of state is a method that refuses a step the workflow does not
 * have (a {@link Conflict}) or a person whose role may not take it (a {@link Forbidden}). A published incident is
 * never overwritten: a correction makes a new revision and every published version is kept.
 */
public final class Incident {

    /** A version that became public and must be kept: written to incident_revision when the incident is saved. */
    public record PublishedVersion(int revision, String by, Instant at, String note) {
    }

    private final Long id;
    private final String externalId;
    private IncidentContent content;
    private WorkflowState state;
    private int revision;
    private final String createdBy;
    private Instant submittedAt;
    private String submittedBy;
    private Instant publishedAt;
    private String publishedBy;
    private String rejectionReason;
    private final List<PublishedVersion> versionsToKeep = new ArrayList<>();

    Incident(Long id, String externalId, IncidentContent content, WorkflowState state, int revision, String createdBy,
            Instant submittedAt, String submittedBy, Instant publishedAt, String publishedBy, String rejectionReason) {
        this.id = id;
        this.externalId = externalId;
        this.content = content;
        this.state = state;
        this.revision = revision;
        this.createdBy = createdBy;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.rejectionReason = rejectionReason;
    }

    /** A new incident, recorded by someone; it is a draft until submitted. */
    public static Incident draft(String externalId, IncidentContent content, String createdBy) {
        return new Incident(null, externalId, content, WorkflowState.DRAFT, 1, createdBy, null, null, null, null, null);
    }

    /** Changes what an unpublished incident says. Published ones are corrected instead, so the public record stays. */
    public void revise(IncidentContent changed) {
        checkRevisable();
        content = changed;
    }

    /** Refuses before the content is even checked: a published or rejected incident is not changed by an edit. */
    public void checkRevisable() {
        if (state == WorkflowState.PUBLISHED) {
            throw new Conflict("conflict.incidentPublished", id);
        }
        if (state == WorkflowState.REJECTED) {
            throw new Conflict("conflict.incidentRejected", id);
        }
    }

    public void submit(StaffMember by, Instant at) {
        require(WorkflowState.DRAFT, "submit");
        state = WorkflowState.IN_REVIEW;
        submittedAt = at;
        submittedBy = by.username();
    }

    /**
     * Publishes the incident. With four eyes, whoever recorded it cannot publish it: a second person reviews what
     * goes public (a one-person service turns the rule off).
     */
    public void publish(StaffMember by, Instant at, boolean fourEyes) {
        requireEditor(by, "publish");
        if (fourEyes && !mayBePublishedBy(by.username())) {
            throw new Forbidden("was recorded by " + by.username() + ": a second person reviews and publishes it");
        }
        require(WorkflowState.IN_REVIEW, "publish");
        state = WorkflowState.PUBLISHED;
        publishedAt = at;
        publishedBy = by.username();
        rejectionReason = null;
        versionsToKeep.add(new PublishedVersion(revision, by.username(), at, "published"));
    }

    /** Whether four eyes let this person publish the incident: anyone but whoever recorded it. */
    public boolean mayBePublishedBy(String username) {
        return createdBy == null || !createdBy.equals(username);
    }

    public void reject(StaffMember by, String reason) {
        requireEditor(by, "reject");
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "problem.rejectionReason");
        }
        require(WorkflowState.IN_REVIEW, "reject");
        state = WorkflowState.REJECTED;
        rejectionReason = reason.trim();
    }

    /** Sends an incident under review back to its authors. */
    public void returnToDraft(StaffMember by) {
        require(WorkflowState.IN_REVIEW, "return");
        state = WorkflowState.DRAFT;
    }

    /**
     * Closes a draft, or an incident under review, that repeats another: its content went into the kept incident
     * ({@link IncidentDesk#merge}), and it is rejected saying where. It stays, with its history, to be found.
     */
    public void mergedInto(long kept) {
        if (state != WorkflowState.DRAFT && state != WorkflowState.IN_REVIEW) {
            throw new Conflict("conflict.mergeState", id, state.code());
        }
        state = WorkflowState.REJECTED;
        rejectionReason = "merged into #" + kept;
    }

    /** Takes a rejected incident up again, as a draft. */
    public void reopen(StaffMember by) {
        require(WorkflowState.REJECTED, "reopen");
        state = WorkflowState.DRAFT;
        rejectionReason = null;
    }

    /**
     * Changes a published incident, kept as the revision it is now at (call {@link #nextRevision} first): the
     * earlier one stays as it was published.
     */
    public void correct(StaffMember by, IncidentContent corrected, Instant at, String note) {
        checkCorrectable(by);
        if (note == null || note.isBlank()) {
            throw InvalidInput.of("note", "problem.correctionNote");
        }
        content = corrected;
        versionsToKeep.add(new PublishedVersion(revision, by.username(), at, note.trim()));
    }

    /** Refuses before the content is even checked: only editors correct, and only published incidents. */
    public void checkCorrectable(StaffMember by) {
        requireEditor(by, "correct");
        if (state != WorkflowState.PUBLISHED) {
            throw new Conflict("conflict.notPublished", id, state.code());
        }
    }

    /**
     * Starts a new revision: every change a person makes is one, so that a change made on the version before it is
     * refused rather than written over it (see {@code RecordVersion}).
     */
    public void nextRevision() {
        revision++;
    }

    private void require(WorkflowState from, String step) {
        if (state != from) {
            throw new Conflict("conflict.step", step, id == null ? "" : id + " ", state.code(), from.code());
        }
    }

    private static void requireEditor(StaffMember by, String step) {
        if (!by.mayPublish()) {
            throw new Forbidden("Only an editor or an admin may " + step + " an incident.");
        }
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public IncidentContent content() {
        return content;
    }

    public WorkflowState state() {
        return state;
    }

    public int revision() {
        return revision;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** Published versions made since the incident was loaded; the repository keeps them and clears the list. */
    public List<PublishedVersion> versionsToKeep() {
        return versionsToKeep;
    }

    /**
     * The links to other incidents, completed by the importer once every incident of the file has an id. This is no
     * new version: it finishes the one being written in the same transaction.
     */
    void completeLinks(IncidentContent linked) {
        content = linked;
    }


    /** The same incident with the id the database gave it. */
    public Incident withId(long newId, String newExternalId) {
        Incident stored = new Incident(newId, newExternalId, content, state, revision, createdBy, submittedAt,
                submittedBy, publishedAt, publishedBy, rejectionReason);
        stored.versionsToKeep.addAll(versionsToKeep);
        return stored;
    }
}
