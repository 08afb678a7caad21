package org.kuzet.api;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * What kind of value a field takes, said in plain words for a caller who sent another: "must be text", never the
 * name of the Java type the value was to be read into.
 */
final class ExpectedKind {

    private ExpectedKind() {
    }

    /** The problem with a value that is not of the kind {@code type} holds ("must be a whole number"). */
    static String of(Class<?> type) {
        if (type == null) {
            return "has the wrong kind of value";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "must be text";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a time written like 2026-11-23T10:15:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type.isEnum()) {
            return "must be one of the listed codes";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "must be an object"
                : "has the wrong kind of value";
    }
}
