package org.kuzet.intake;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/** A correspondent's submission arrived (announced in its transaction, so the audit log keeps it with it). */
public record SubmissionReceived(long id, String account, String channel, long candidateId, int files)
        implements RecordChanged {

    @Override
    public String recordKind() {
        return "intake_submission";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return "intake_submission.received";
    }

    @Override
    public String actor() {
        return account;
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("channel", channel, "candidate", candidateId, "files", files);
    }
}
