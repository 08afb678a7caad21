package org.kuzet.api;

/**
 * A change was asked for on a version of a record that is no longer the stored one: someone changed it first.
 * Answered 412 Precondition Failed (or 428 when no version was sent at all), so no change is lost silently.
 */
public class StaleVersion extends RuntimeException {

    private final int current;
    private final boolean missing;

    StaleVersion(String message, int current, boolean missing) {
        super(message);
        this.current = current;
        this.missing = missing;
    }

    /** The stored version, which the caller should read again before changing the record. */
    public int current() {
        return current;
    }

    /** Whether the request named no version at all (428) rather than an old one (412). */
    public boolean missing() {
        return missing;
    }
}
