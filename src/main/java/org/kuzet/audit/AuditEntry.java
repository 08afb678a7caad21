package org.kuzet.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.kuzet.core.Today;

/**
 * One entry of the audit log. {@code before} and {@code after} are the JSON texts of the entity's state (null when
 * it did not exist before, or no longer exists after). {@code hash} covers every other field and the hash of the
 * entry before it.
 */
public record AuditEntry(long id, long seq, Instant recordedAt, String actor, String action, String entityType,
                         String entityId, String before, String after, String prevHash, String hash) {

    /** When it was recorded, on Kazakhstan's clock (as staff read every date), to the minute. */
    public LocalDateTime recordedInKazakhstan() {
        return LocalDateTime.ofInstant(recordedAt, Today.KAZAKHSTAN).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The hash this entry should have, recomputed from its content. */
    String expectedHash() {
        return AuditHash.of(prevHash, seq, recordedAt, actor, action, entityType, entityId, before, after);
    }
}
