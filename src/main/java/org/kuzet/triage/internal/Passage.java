package org.kuzet.triage.internal;

/** A stretch of an article, with its offsets in the article's text (for highlighting). */
public record Passage(int start, int end, String text) {
}
