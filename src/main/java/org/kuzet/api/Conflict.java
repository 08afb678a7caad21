package org.kuzet.api;

import java.util.List;
import org.kuzet.core.ApiEnglish;

/**
 * The request is well formed but clashes with the current state (an illegal transition, a record that exists
 * already); 409. Said by key ({@code conflict.*}) and arguments in domain words; the API answers with its English
 * (which may name the route to use instead), a page in the reader's language.
 */
public class Conflict extends RuntimeException {

    private final String key;

    private final List<String> args;

    public Conflict(String key, Object... args) {
        this(key, ApiEnglish.texts(args));
    }

    private Conflict(String key, List<String> args) {
        super(ApiEnglish.say(key, args));
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
