package org.kuzet.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 in lower-case hex: of a text as archived, and of a record's content in a canonical JSON form (keys
 * sorted) so that an import can tell "same content" from "changed" without comparing field by field.
 */
public final class ContentHash {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private ContentHash() {
    }

    public static String ofText(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash of a record given as maps, lists and plain values. */
    public static String ofRecord(Object record) {
        return ofText(CANONICAL.writeValueAsString(record));
    }
}
