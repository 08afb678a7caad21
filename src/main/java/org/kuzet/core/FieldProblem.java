package org.kuzet.core;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with the input: the field (a JSON path such as {@code victims[0].gender}) and what is wrong, as a
 * message key ({@code problem.*}) with its arguments (the value the person typed, the codes allowed...). A page or
 * the API says it in the reader's language from the message files ({@code i18n/messages*.properties});
 * {@link #message()} is the API's English, the stable wording its clients and scripts read.
 */
public record FieldProblem(String field, String key, List<String> args) {

    public FieldProblem {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A problem with its arguments, each written as text (a value as typed, never reformatted as a number). */
    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, ApiEnglish.texts(args));
    }

    /** The same problem one level down: {@code events[2]} and {@code date} make {@code events[2].date}. */
    public FieldProblem within(String prefix) {
        return new FieldProblem(prefix + "." + field, key, args);
    }

    /** What is wrong, in the API's English. */
    public String message() {
        return ApiEnglish.say(key, args);
    }
}
