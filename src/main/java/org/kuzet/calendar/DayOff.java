package org.kuzet.calendar;

import java.time.LocalDate;

/**
 * A day of Kazakhstan's calendar that is not what its weekday says: a public holiday, a day off carried over to a
 * weekday, or a weekend day a decree made working.
 *
 * @param kind {@code holiday}, {@code day_off} or {@code working_day}
 */
public record DayOff(LocalDate day, String kind, String nameEn, String nameRu, String nameKk) {

    public String name(String lang) {
        return switch (lang) {
            case "ru" -> nameRu;
            case "kk" -> nameKk;
            default -> nameEn;
        };
    }

    public boolean isWorking() {
        return "working_day".equals(kind);
    }
}
