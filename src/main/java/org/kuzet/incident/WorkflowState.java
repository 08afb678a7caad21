package org.kuzet.incident;

/** Where an incident is on its way to the public: only published incidents are shown outside the staff. */
public enum WorkflowState implements Coded {
    DRAFT, IN_REVIEW, PUBLISHED, REJECTED
}
