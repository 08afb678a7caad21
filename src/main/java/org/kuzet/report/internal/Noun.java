package org.kuzet.report.internal;

/** The things a report counts; each language declines them after a number its own way. */
public enum Noun {
    REPORT, CASE, JUDICIAL_ACT, CRIMINAL_CHARGE, ADMINISTRATIVE_CHARGE, CIVIL_CLAIM, MONTH, INCIDENT
}
