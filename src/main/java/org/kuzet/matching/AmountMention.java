package org.kuzet.matching;

/** An amount of tenge written in a text, with its currency word, as an exact number of tenge. */
public record AmountMention(String text, int start, int end, long tenge) {
}
