package org.kuzet.legalcase;

import org.kuzet.calendar.PartialDate;

/** A hearing or a deadline set ahead in a case's timeline, for "Hearings coming up". */
public record ScheduledCaseEvent(long caseId, String caseTitle, PartialDate date, String kind, String description) {
}
