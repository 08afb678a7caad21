package org.kuzet.audit;

import java.time.Instant;
import org.kuzet.core.Sha256;

/**
 * The chain hash: SHA-256 over the previous entry's hash and a canonical text of this entry. Each field is written
 * as its length, a colon and its value (or "~" when null), one per line, so that no two different entries have the
 * same text. JSON is in PostgreSQL's jsonb output form, which is the same for the same value.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, long seq, Instant recordedAt, String actor, String action, String entityType,
                     String entityId, String before, String after) {
        StringBuilder text = new StringBuilder(prevHash).append('\n');
        for (String field : new String[] {Long.toString(seq), recordedAt.toString(), actor, action, entityType,
                entityId, before, after}) {
            text.append(field == null ? "~" : field.length() + ":" + field).append('\n');
        }
        return Sha256.hex(text.toString());
    }
}
