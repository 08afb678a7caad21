package org.kuzet.intake;

/**
 * What became of a submission: its id, the triage candidate it made, and whether it is new (false when the phone
 * sent the same filling again, which changes nothing).
 */
public record Received(long id, long candidateId, boolean isNew) {
}
