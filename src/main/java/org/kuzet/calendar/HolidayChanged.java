package org.kuzet.calendar;

import org.kuzet.core.RecordChanged;

/** A day of the holiday calendar was set or removed by an administrator; before and after are the day, or null. */
public record HolidayChanged(String recordId, String verb, String actor, Object before, Object after)
        implements RecordChanged {

    @Override
    public String recordKind() {
        return "calendar_holiday";
    }

    @Override
    public String action() {
        return "calendar_holiday." + verb;
    }
}
