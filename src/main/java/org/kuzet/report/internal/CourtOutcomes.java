package org.kuzet.report.internal;

/** Decisions of courts (judgments, appeal and cassation rulings) taken in the period, and how many favoured the media. */
public record CourtOutcomes(long acts, long inFavourOfMedia) {
}
