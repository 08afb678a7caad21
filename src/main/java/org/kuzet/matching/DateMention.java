package org.kuzet.matching;

/**
 * A date written in a text, with its precision kept in its value: YYYY-MM-DD (a day), YYYY-MM (a month), or
 * --MM-DD when the year is not written and the text's own date must supply it.
 */
public record DateMention(String text, int start, int end, String value) {
}
