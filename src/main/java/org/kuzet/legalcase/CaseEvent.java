package org.kuzet.legalcase;

import org.kuzet.calendar.PartialDate;

/** One step of a case's timeline; a decision says whether it went in favour of the media, money is in tenge. */
public record CaseEvent(PartialDate date, EventKind kind, String description, Boolean inFavourOfMedia,
        Long amountKzt) {
}
