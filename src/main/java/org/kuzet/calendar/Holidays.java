package org.kuzet.calendar;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kuzet.core.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kazakhstan's calendar of working days, kept as data in {@code calendar_holiday}: Monday to Friday work, Saturday
 * and Sunday rest, and the table says where a holiday, a carried-over day off or a decree changes that. Terms
 * counted in working days (a state body's answer, a right of reply) are counted here and nowhere else.
 */
@Component
public class Holidays {

    public static final List<String> KINDS = List.of("holiday", "day_off", "working_day");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Holidays(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The exceptions between two days, inclusive, in date order. */
    public List<DayOff> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, kind, name_en, name_ru, name_kk from calendar_holiday where day between ? and ? "
                        + "order by day").params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new DayOff(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    public Optional<DayOff> find(LocalDate day) {
        return between(day, day).stream().findFirst();
    }

    /**
     * The day {@code days} working days after {@code start} (the day after start is the first counted). Reads the
     * exceptions of the stretch once.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more, not " + days);
        }
        // a generous window: each year holds about 15 exceptions, so days * 2 + 60 covers every stretch
        Map<LocalDate, DayOff> exceptions = new TreeMap<>();
        between(start, start.plusDays(days * 2L + 60)).forEach(d -> exceptions.put(d.day(), d));
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorking(day, exceptions.get(day))) {
                counted++;
            }
        }
        return day;
    }

    public boolean isWorking(LocalDate day) {
        return isWorking(day, find(day).orElse(null));
    }

    private static boolean isWorking(LocalDate day, DayOff exception) {
        if (exception != null) {
            return exception.isWorking();
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * Sets a day of the calendar (an administrator's change), or names every field that is wrong.
     *
     * @return the problems; nothing is written when there are any
     */
    @Transactional
    public List<FieldProblem> set(DayOff day, String by) {
        List<FieldProblem> problems = check(day);
        if (!problems.isEmpty()) {
            return problems;
        }
        DayOff before = find(day.day()).orElse(null);
        jdbc.sql("""
                insert into calendar_holiday (day, kind, name_en, name_ru, name_kk, updated_by) values (?, ?, ?, ?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name_en = excluded.name_en,
                    name_ru = excluded.name_ru, name_kk = excluded.name_kk, updated_by = excluded.updated_by,
                    updated_at = now()""")
                .params(Date.valueOf(day.day()), day.kind(), day.nameEn().strip(), day.nameRu().strip(),
                        day.nameKk().strip(), by).update();
        events.publishEvent(new HolidayChanged(day.day().toString(), before == null ? "created" : "changed", by,
                before, find(day.day()).orElseThrow()));
        return List.of();
    }

    /** Removes a day from the calendar (it becomes what its weekday says); false when it was not there. */
    @Transactional
    public boolean remove(LocalDate day, String by) {
        Optional<DayOff> before = find(day);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from calendar_holiday where day = ?").param(Date.valueOf(day)).update();
        events.publishEvent(new HolidayChanged(day.toString(), "removed", by, before.get(), null));
        return true;
    }

    private static List<FieldProblem> check(DayOff day) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day.day() == null) {
            problems.add(FieldProblem.of("day", "problem.dayRequired"));
        }
        if (day.kind() == null || !KINDS.contains(day.kind())) {
            problems.add(FieldProblem.of("kind", "problem.oneOf", String.join(", ", KINDS)));
        }
        for (String[] name : new String[][] {{"name_en", day.nameEn()}, {"name_ru", day.nameRu()},
                {"name_kk", day.nameKk()}}) {
            if (name[1] == null || name[1].isBlank()) {
                problems.add(FieldProblem.of(name[0], "problem.required"));

            }
        }
        return problems;
    }
}
