package org.kuzet.incident;

/**
 * Someone an incident affected. {@code actor} links to the actor register when the person or outlet is known
 * there; {@code contact} says how to reach them and is confidential (never shown to the public).
 */
public record Victim(Long actor, String name, VictimKind kind, String role, Gender gender, String contact) {
}
