package org.kuzet.api;

/** The request is well formed but clashes with the current state (an illegal transition, a stale revision); 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
