package org.kuzet.report.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kuzet.calendar.PartialDate;
import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Updates to earlier cases": published incidents dated before the period that were corrected during it, and legal
 * cases opened before the period with timeline events in it. They are told apart from the period's own records and
 * never counted again as new: an incident counts where its date lies, a case where it was opened.
 */
@Component
class FollowUps {

    /**
     * Counted incidents from before the period with a correction recorded in it (Almaty's days): a kept version
     * after the first published one, as the incident pages' "updated" says.
     */
    private static final String INCIDENTS = """
            from incident i join category c on c.code = i.primary_category
            left join place p on p.code = i.place_code
            join lateral (select max(r.recorded_at) as corrected_at from incident_revision r
                where r.incident_id = i.id
                  and r.revision > (select min(r0.revision) from incident_revision r0 where r0.incident_id = i.id)
                  and (r.recorded_at at time zone 'Asia/Almaty')::date between :start and :end) x
                on x.corrected_at is not null
            where i.workflow_state = 'published' and c.counted and i.occurred_on < :start""";

    /** Cases opened before the period with events in it (a deadline is a date set, not an event). */
    private static final String CASES = """
            from legal_case c
            join lateral (select array_agg(e.kind order by e.occurred_on, e.position) as kinds from legal_case_event e
                where e.case_id = c.id and e.kind <> 'deadline' and %s) x on x.kinds is not null
            where c.opened_on < :start""".formatted(Counting.within("e.occurred_on", "e.date_precision"));

    /** How many of each there are: the report's figures {@code updates.incidents} and {@code updates.cases}. */
    record Counts(long incidents, long cases) {
        static final Counts NONE = new Counts(0, 0);
    }

    /** An incident corrected in the period, with its date and place (in the report's language). */
    record IncidentUpdate(PartialDate date, String place, String title, LocalDate correctedOn) {
    }

    /** A case with events in the period, each event named in the report's language. */
    record CaseUpdate(String title, PartialDate opened, List<String> events) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    FollowUps(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    Counts count(Period period) {
        return new Counts(count("select count(*) " + INCIDENTS, period), count("select count(*) " + CASES, period));
    }

    List<IncidentUpdate> incidents(Period period, Lang lang) {
        return jdbc.sql("select i.occurred_on, i.date_precision, p.name_" + lang.code() + ", i.title,"
                        + " (x.corrected_at at time zone 'Asia/Almaty')::date " + INCIDENTS
                        + " order by i.occurred_on, i.id")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> new IncidentUpdate(PartialDate.of(rs.getDate(1).toLocalDate(), rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate()))
                .list();
    }

    List<CaseUpdate> cases(Period period, Lang lang) {
        return jdbc.sql("select c.title, c.opened_on, c.opened_precision, array_to_string(x.kinds, ',') " + CASES
                        + " order by c.opened_on, c.id")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> new CaseUpdate(rs.getString(1),
                        PartialDate.of(rs.getDate(2).toLocalDate(), rs.getString(3)),
                        Arrays.stream(rs.getString(4).split(",")).distinct()
                                .map(kind -> messages.getMessage("cases.event." + kind, null, kind, lang.locale()))
                                .toList()))
                .list();
    }

    private long count(String sql, Period period) {
        return jdbc.sql(sql).param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query(Long.class).single();
    }
}
