package org.kuzet.triage;

/**
 * Something an article names: a person, an outlet, a state body, a place, a legal article, an amount of tenge or
 * a date. {@code value} is its normal form: the place code, "criminal_code:274", the amount as an integer of
 * tenge, the date as YYYY-MM-DD / YYYY-MM / YYYY (or --MM-DD when the year is not written), or, for names, the
 * spelling key used to link it to actors.
 */
public record Fact(Kind kind, String text, int start, int end, String value) {

    public enum Kind {
        PERSON, OUTLET, STATE_BODY, PLACE, LEGAL_ARTICLE, AMOUNT_TENGE, DATE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
