package org.kuzet.audit.internal;

import org.kuzet.audit.AuditLog;
import org.kuzet.core.RecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every change an owner announces into the audit log. A plain (synchronous) listener on purpose: it runs in
 * the publisher's transaction, so the entry is committed with the change or rolled back with it, and a change made
 * outside a transaction fails loudly (see {@link AuditLog#record}) instead of going unrecorded.
 */
@Component
class ChangeRecorder {

    private final AuditLog audit;

    ChangeRecorder(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void record(RecordChanged change) {
        audit.record(change.actor(), change.action(), change.recordKind(), change.recordId(), change.before(),
                change.after());
    }
}
