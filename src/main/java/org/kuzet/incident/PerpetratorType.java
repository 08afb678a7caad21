package org.kuzet.incident;

/** Who did it; {@code unknown} when nobody can be named (anonymous threats, cyberattacks). */
public enum PerpetratorType implements Coded {
    STATE_BODY, LAW_ENFORCEMENT, COURT, OFFICIAL, COMPANY, PRIVATE_PERSON, FOREIGN_STATE, UNKNOWN
}
