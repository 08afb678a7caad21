package org.kuzet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
