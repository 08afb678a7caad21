package org.kuzet.api;

/** The caller is known but their role may not do this (a monitor publishing an incident); answered with 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
