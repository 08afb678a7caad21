package org.kuzet.inquiry.internal;

import java.time.LocalDate;
import org.kuzet.calendar.Holidays;
import org.kuzet.inquiry.DeadlineBasis;
import org.springframework.stereotype.Component;

/**
 * Deadlines from their bases: a term in calendar days ends that many days after the day the request was sent
 * (taken as the day of its registration); a term in working days counts only working days of Kazakhstan's calendar
 * ({@link Holidays}), from the day after.
 */
@Component
class Deadlines {

    private final Holidays holidays;

    Deadlines(Holidays holidays) {
        this.holidays = holidays;
    }

    LocalDate deadline(DeadlineBasis basis, LocalDate sentOn) {
        return after(sentOn, basis.termDays(), basis.workingDays());
    }

    /** The deadline once extended: the extension counted from the first deadline, in the basis's kind of days. */
    LocalDate extended(DeadlineBasis basis, LocalDate deadline) {
        return after(deadline, basis.extensionDays(), basis.workingDays());
    }

    private LocalDate after(LocalDate start, int days, boolean working) {
        return working ? holidays.addWorkingDays(start, days) : start.plusDays(days);
    }
}
