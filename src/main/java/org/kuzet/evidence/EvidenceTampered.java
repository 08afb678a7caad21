package org.kuzet.evidence;

/** A stored file is missing or its bytes no longer match its SHA-256: it must not be shown or used as evidence. */
public class EvidenceTampered extends RuntimeException {

    public EvidenceTampered(String message) {
        super(message);
    }
}
