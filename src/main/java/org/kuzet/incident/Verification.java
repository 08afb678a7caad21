package org.kuzet.incident;

/**
 * How far an incident is established. A disputed incident (a party, often a state body, denies it) stays on
 * record with the reply beside it.
 */
public enum Verification implements Coded {
    UNVERIFIED, CONFIRMED, DISPUTED, REFUTED
}
