package org.kuzet.matching;

/**
 * A number as a report prints it: digits ("14", "3 000 000"), words ("five", "двух"), or both with scale words
 * ("78 million 100 thousand"). Offsets are into the report's text, so the page can mark where it was found.
 */
public record NumberMention(long value, int start, int end, Form form) {

    public enum Form {
        /** A whole number: a count or an amount. */
        WHOLE,
        /** 1.3, 1,5: a ratio or a share, never a count. */
        DECIMAL,
        /** 73-3, 17.06.2024: a code or a date, never a count. */
        CODE
    }

    public boolean isWhole() {
        return form == Form.WHOLE;
    }
}
