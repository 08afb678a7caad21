package org.kuzet.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The SHA-256 of a dataset record in a canonical form (keys sorted, null values dropped), so that a record imported
 * again is recognised as unchanged however its keys were ordered or whether absent values were written as null.
 */
public final class RecordHash {

    private RecordHash() {
    }

    public static String of(JsonNode record) {
        StringBuilder canonical = new StringBuilder();
        write(record, canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (String key : new TreeSet<>(node.propertyNames())) {
                JsonNode value = node.get(key);
                if (value == null || value.isNull()) {
                    continue;
                }
                out.append(first ? "" : ",").append(quoted(key)).append(':');
                write(value, out);
                first = false;
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static String quoted(String key) {
        return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
