package org.kuzet.legalcase;

/** A party to a case: a known actor (optional) and the name as written in the case, with its procedural role. */
public record CaseParty(Long actorId, String name, String role) {
}
