package org.kuzet.api;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * What kind of value a field takes, said in plain words for a caller who sent another: "must be text", never the
 * name of the Java type the value was to be read into. The kind is a code the problem keys {@code problem.kind}
 * and {@code problem.kindNot} choose their words by.
 */
final class ExpectedKind {

    private ExpectedKind() {
    }

    /** The kind of value {@code type} holds ("wholeNumber"); "wrong" when it cannot be said. */
    static String of(Class<?> type) {
        if (type == null) {
            return "wrong";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "wholeNumber";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "trueOrFalse";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum()) {
            return "listedCode";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "object" : "wrong";
    }
}
