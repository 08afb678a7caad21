package org.kuzet.core;

import java.util.List;

/**
 * A value that cannot be read (a date that is no date, a year out of range...), said by key and arguments so that
 * the caller can name the field and the reader read it in their language. Its message is the API's English.
 */
public class BadValue extends IllegalArgumentException {

    private final String key;

    private final List<String> args;

    public BadValue(String key, Object... args) {
        this(key, ApiEnglish.texts(args));
    }

    private BadValue(String key, List<String> args) {
        super(ApiEnglish.say(key, args));
        this.key = key;
        this.args = args;
    }

    /** The problem of the field that held the value. */
    public FieldProblem at(String field) {
        return new FieldProblem(field, key, args);
    }
}
