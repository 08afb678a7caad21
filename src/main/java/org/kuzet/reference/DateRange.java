package org.kuzet.reference;

import java.time.LocalDate;
import java.util.List;
import org.kuzet.core.BadValue;
import org.kuzet.core.FieldProblem;

import org.kuzet.calendar.PartialDate;

/**
 * A date range of a list filter: {@code from=2024-03} starts on 1 March, {@code to=2024-03} ends on 31 March, so a
 * month or a year is asked for by naming it. Either end may be open (null).
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(String from, String to, List<FieldProblem> problems) {
        LocalDate start = bound(from, "from", problems, true);
        LocalDate end = bound(to, "to", problems, false);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(FieldProblem.of("to", "problem.toBeforeFrom"));
        }
        return new DateRange(start, end);
    }

    private static LocalDate bound(String text, String field, List<FieldProblem> problems, boolean start) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            return start ? date.start() : date.end();
        } catch (BadValue e) {
            problems.add(e.at(field));
            return null;
        }
    }
}
