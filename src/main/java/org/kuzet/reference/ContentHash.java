package org.kuzet.reference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.kuzet.core.Sha256;

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
        return Sha256.hex(text);
    }

    /**
     * The hash of a record given as maps, lists and plain values, or as a JSON tree read from a file: a tree is taken
     * as maps first, so its keys are sorted too and the order a file wrote them in does not count.
     */
    public static String ofRecord(Object record) {
        Object plain = record instanceof JsonNode tree ? CANONICAL.treeToValue(tree, Object.class) : record;
        return ofText(CANONICAL.writeValueAsString(plain));
    }
}
