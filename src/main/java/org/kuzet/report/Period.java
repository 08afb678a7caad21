package org.kuzet.report;

import java.time.DateTimeException;
import org.kuzet.core.BadValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span a report covers, written in URLs and file names as {@code 2024-03} (a month), {@code 2024-Q1} (a
 * quarter), {@code 2024} (a year) or {@code 2024-03-01..2024-03-15} (any range of days).
 */
public record Period(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { MONTH, QUARTER, YEAR, RANGE }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        if (end.isBefore(start)) {
            throw new BadValue("problem.periodOrder", end, start);
        }
    }

    /** @throws BadValue saying by key what is wrong */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            Matcher m;
            if ((m = MONTH.matcher(t)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
                return new Period(Kind.YEAR, start, start.plusYears(1).minusDays(1));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new BadValue("problem.periodNoSuchDay", text);
        }
        throw new BadValue("problem.period", text);

    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period range(LocalDate from, LocalDate to) {
        return new Period(Kind.RANGE, from, to);
    }

    /** The same span one year earlier (February 29 becomes February 28). */
    public Period yearEarlier() {
        if (kind == Kind.MONTH) {
            return month(YearMonth.from(start).minusYears(1));
        }
        return new Period(kind, start.minusYears(1), kind == Kind.RANGE ? end.minusYears(1)
                : start.minusYears(1).plusMonths(kind == Kind.QUARTER ? 3 : 12).minusDays(1));
    }

    /** From 1 January of the year the period ends in, to its end. */
    public Period yearToDate() {
        return new Period(Kind.RANGE, end.withDayOfYear(1), end);
    }

    public int year() {
        return end.getYear();
    }

    /** The period as written in URLs. */
    public String key() {
        return switch (kind) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            case YEAR -> String.valueOf(start.getYear());
            case RANGE -> start + ".." + end;
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
