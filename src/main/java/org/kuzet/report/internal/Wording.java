package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kuzet.calendar.PartialDate;

/**
 * How one language writes a report: dates and months, numbers (as digits, grouped the language's way), money in
 * millions and thousands of tenge, nouns after numbers, and the sentences of each block.
 */
public abstract class Wording {

    /** A category or kind of case with how many there are, for "including" lists. */
    public record Part(String label, long count) {
    }

    public abstract Lang lang();

    // ------------------------------------------------------------------ words the languages supply

    abstract String month(int month, Form form);

    /** Grammatical form of a month name: standing alone, after a day ("15 March"), after "in" ("in March"). */
    enum Form { NOMINATIVE, WITH_DAY, IN }

    abstract String noun(long n, Noun noun);

    /** The words for a billion, a million, a thousand and tenge, after {@code n}. */
    abstract String moneyWord(long n, int power);

    public abstract String title(Period period);

    /**
     * Where a block's figures come from when the records are complete only from {@code recordsFrom}: wholly from
     * the published reports, or from them for the months before and from the records after.
     */
    public abstract String history(boolean wholly, java.time.YearMonth recordsFrom);

    public abstract String recorded(Period period);

    public abstract String periodName(Period period);

    public abstract String heading(String key, Period period);

    public abstract String groupLine(String label, long count, List<Part> including);

    public abstract String claimsLine(long total, List<Part> kinds);

    public abstract String kindWithBasis(Noun kind, long count, String basisLabel);

    public abstract String courtLine(CourtOutcomes court);

    public abstract String newCasesLine(CaseCounts cases);

    public abstract String yearToDateLine(Period ytd, CaseCounts cases, long collectedKzt);

    public abstract String comparisonLine(String label, long now, long before, Change change);

    public abstract String art158Summary(long incidents, long complaints, long sentToCourt, long convictions);

    public abstract String art158Year(YearIndicator year);

    public abstract String nothing();

    /** Said after a record's text quoted in another language for want of a translation: "in Russian only". */
    public abstract String onlyIn(String language);

    /** An incident from an earlier period corrected in this one: where and when it happened, what, when corrected. */
    public abstract String incidentUpdate(String where, String title, String correctedOn);

    /** A case opened in an earlier period, with the events (already named) it had in this one. */
    public abstract String caseUpdate(String title, String openedOn, List<String> events);

    /** "Version 2, published 5 April 2024; SHA-256 …": which published version this is, in words. */
    public abstract String edition(int version, LocalDate published, String sha256);

    /** Row labels of the comparison: new_cases, criminal, administrative, civil. */
    public abstract String label(String key);

    // ------------------------------------------------------------------ shared

    public String number(long n) {
        return NumberFormat.getIntegerInstance(lang().locale()).format(n);
    }

    public String ratio(double r) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(lang().locale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(r);
    }

    public String count(long n, Noun noun) {
        return number(n) + " " + noun(n, noun);
    }

    /** "78 million 100 thousand tenge": each non-zero group of three digits with its word, then the currency. */
    public String money(long kzt) {
        if (kzt == 0) {
            return "0 " + moneyWord(0, 0);
        }
        StringBuilder text = new StringBuilder();
        long rest = kzt;
        long unit = 1_000_000_000L;
        for (int power = 3; power >= 1; power--, unit /= 1000) {
            long part = rest / unit;
            rest %= unit;
            if (part > 0) {
                text.append(part).append(' ').append(moneyWord(part, power)).append(' ');
            }
        }
        if (rest > 0) {
            text.append(rest).append(' ');
        }
        return text.append(moneyWord(rest, 0)).toString();
    }

    public String date(PartialDate date) {
        LocalDate d = date.start();
        return switch (date.precision()) {
            case DAY -> day(d);
            case MONTH -> monthOfYear(d);
            case YEAR -> String.valueOf(d.getYear());
        };
    }

    abstract String day(LocalDate day);

    abstract String monthOfYear(LocalDate month);

    /** Whole months from the start of the year to the end of the period, when it ends on a month's last day. */
    static long wholeMonths(Period ytd) {
        if (ytd.end().plusDays(1).getDayOfMonth() != 1) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(ytd.start(), ytd.end().plusDays(1));
    }
}
