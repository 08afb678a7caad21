package org.kuzet.legalcase.internal;

import java.time.LocalDate;

/** The filters of the case list; null means "any". Dates bound the day the case was opened. */
record CaseFilter(String kind, String stage, String basis, Long actor, Long incident, LocalDate from, LocalDate to,
        boolean publicOnly, int page, int size) {
}
