package org.kuzet.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.core.BadValue;
import org.kuzet.core.Today;

/**
 * A date as precise as it is known: a day ({@code 2024-03-15}), a month ({@code 2024-03}) or a year
 * ({@code 2024}). Stored as the first day of the period plus the precision, written back in the form it came in.
 */
public record PartialDate(LocalDate start, Precision precision) implements Comparable<PartialDate> {

    public enum Precision {
        DAY, MONTH, YEAR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Precision ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The years a date may name: nothing the monitors record happened before 1900, and a later year than the next
     * (or the year 0, which PostgreSQL stores as 1 BC and gives back as 0001) can only be a typing error.
     */
    public static final int FIRST_YEAR = 1900;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (precision == Precision.MONTH && start.getDayOfMonth() != 1
                || precision == Precision.YEAR && start.getDayOfYear() != 1) {
            throw new IllegalArgumentException("a " + precision.code() + " date must start its period: " + start);
        }
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws BadValue saying by key what is wrong, when the text is no such date, names a

     *     day that does not exist (2023-02-29) or a year outside 1900 to next year (Kazakhstan's time)
     */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new BadValue("problem.date", text);
        }
        int year = Integer.parseInt(m.group(1));
        requireYear(year, text);
        try {
            if (m.group(3) != null) {
                return new PartialDate(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                        Precision.DAY);
            }
            if (m.group(2) != null) {
                return new PartialDate(YearMonth.of(year, Integer.parseInt(m.group(2))).atDay(1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
        } catch (DateTimeException e) {
            throw new BadValue("problem.noSuchDay", text);
        }
    }

    /**
     * Refuses a year outside 1900 to next year (in Kazakhstan): a later one is in the future, whatever the day, and
     * said so as the callers say it of a later day.
     */
    public static void requireYear(int year, String text) {
        int lastYear = Year.now(Today.KAZAKHSTAN).getValue() + 1;
        if (year > lastYear) {
            throw new BadValue("problem.futureYear", text);
        }
        if (year < FIRST_YEAR) {
            throw new BadValue("problem.year", FIRST_YEAR, lastYear, text);
        }
    }

    public static PartialDate of(LocalDate start, String precisionCode) {
        return new PartialDate(start, Precision.ofCode(precisionCode));
    }

    /** The last day of the period: the day itself, the month's last day, or 31 December. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    /** True when the whole period lies after {@code today}: such an event cannot have been recorded yet. */
    public boolean isAfter(LocalDate today) {
        return start.isAfter(today);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }
}
