package org.kuzet.intake;

import java.time.OffsetDateTime;
import java.util.List;

/** A submission as kept: who sent it, how, what it says, what the phone said of it, and its files. */
public record SentSubmission(long id, String account, String channel, long candidateId, String what, String when,
        String where, String link, Submission.Place place, OffsetDateTime started, OffsetDateTime ended,
        String device, OffsetDateTime receivedAt, List<KeptFile> files) {

    /** A file of the submission: its name on the phone, and the stored file (type, size, SHA-256). */
    public record KeptFile(String name, String sha256, String mediaType, long sizeBytes) {
    }
}
