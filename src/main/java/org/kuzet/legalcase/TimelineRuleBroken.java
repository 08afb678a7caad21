package org.kuzet.legalcase;

/** An event that the case's timeline cannot take (before the filing, a step backwards, after closing...). */
public class TimelineRuleBroken extends RuntimeException {

    private final String field;

    TimelineRuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
