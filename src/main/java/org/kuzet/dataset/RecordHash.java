package org.kuzet.dataset;

import java.util.Arrays;
import org.kuzet.core.Sha256;
import tools.jackson.databind.JsonNode;

/**
 * The SHA-256 of a dataset record in a canonical form (keys sorted, null values dropped), so that a record imported
 * again is recognised as unchanged however its keys were ordered or whether absent values were written as null.
 */
public final class RecordHash {

    private RecordHash() {
    }

    public static String of(JsonNode record) {
        StringBuilder canonical = new StringBuilder(512);
        write(record, canonical);
        return Sha256.hex(canonical.toString());
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            String[] keys = node.propertyNames().toArray(String[]::new);
            Arrays.sort(keys);
            for (String key : keys) {
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
        } else if (node.isString()) {
            jsonString(node.stringValue(), out);
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            out.append(node.longValue()); // as the node's toString writes it, without a generator
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append(node.toString());
        }
    }

    /**
     * A string as Jackson's {@code toString()} of the node writes it (the canonical form hashes stored before rely on
     * it): quotes and backslashes escaped, the control characters as two-character escapes (newline, tab...) or as
     * six-character hexadecimal ones, everything else as it is. Written here because a JSON generator per value was
     * most of the hashing time.
     */
    static void jsonString(String text, StringBuilder out) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, from, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(text, from, text.length()).append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String quoted(String key) {
        return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
