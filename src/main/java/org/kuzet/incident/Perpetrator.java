package org.kuzet.incident;

/** Who did it: named ("Judge of a Kostanay court") and typed, linked to the actor register when known. */
public record Perpetrator(Long actor, String name, PerpetratorType type) {
}
