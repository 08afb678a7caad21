package org.kuzet.api;

/** The addressed record does not exist (or is not visible to the caller); answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
