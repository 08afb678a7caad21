package org.kuzet.inquiry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import org.kuzet.inquiry.InquiryFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counting rules of requests to state bodies (docs/counting-rules.md) as queries: published requests to the state
 * sent within the period, each placed by where it stood on the period's last day (an answer dated later is not known
 * yet on that day), or on today when the period has not ended.
 */
@Component
public class InquiryCounts {

    /**
     * The columns, as {@code inquiry_status_on} (R__inquiry.sql) places a request on {@code :day}, spelled out as
     * plain conditions so that counting a hundred thousand requests makes no function call per row. An answer is
     * known on the day when it is dated on or before it.
     */
    private static final String COLUMNS = """
            count(*) as sent,
            count(*) filter (where known and outcome = 'answered' and answered_on <= due) as on_time,
            count(*) filter (where known and outcome = 'answered' and answered_on > due) as late,
            count(*) filter (where known and outcome = 'partial') as partial,
            count(*) filter (where known and outcome = 'refused') as refused,
            count(*) filter (where not known) as unanswered,
            count(*) filter (where not known and due < day) as overdue""";

    private static final String PLACED = """
            (select q.addressee_actor_id, q.addressee_name, q.outcome, q.answered_on,
                    coalesce(q.extended_to, q.deadline) as due, cast(:day as date) as day,
                    coalesce(q.answered_on <= :day, false) as known
             from inquiry q
             where q.published_at is not null and q.state_addressee and q.sent_on between :from and :to) placed""";

    private final JdbcClient jdbc;

    InquiryCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the period: one pass over the period's requests, by body; the totals are their sums. */
    public InquiryFigures figures(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate day = to.isAfter(today) ? today : to;
        List<InquiryFigures.Body> bodies = jdbc.sql("select addressee_actor_id as actor, min(addressee_name) as name, "
                        + COLUMNS + " from " + PLACED + " group by addressee_actor_id, case when addressee_actor_id "
                        + "is null then addressee_name end order by count(*) desc, min(addressee_name)")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("day", Date.valueOf(day))
                .query(InquiryCounts::body).list();
        return new InquiryFigures(sum(bodies, InquiryFigures.Body::sent),
                sum(bodies, InquiryFigures.Body::answeredOnTime), sum(bodies, InquiryFigures.Body::answeredLate),
                sum(bodies, InquiryFigures.Body::partial), sum(bodies, InquiryFigures.Body::refused),
                sum(bodies, InquiryFigures.Body::unanswered), bodies);
    }

    private static long sum(List<InquiryFigures.Body> bodies, ToLongFunction<InquiryFigures.Body> column) {
        return bodies.stream().mapToLong(column).sum();
    }

    /** The reply rate of each year with requests, each year placed on its last day (or today). */
    public List<InquiryFigures.Year> years(LocalDate today) {
        return jdbc.sql("""
                select year, count(*) as sent,
                       count(*) filter (where known and outcome in ('answered', 'partial')) as replied,
                       count(*) filter (where known and outcome = 'answered' and answered_on <= due) as on_time
                from (select extract(year from q.sent_on)::int as year, q.outcome, q.answered_on,
                             coalesce(q.extended_to, q.deadline) as due,
                             coalesce(q.answered_on <= least(make_date(extract(year from q.sent_on)::int, 12, 31),
                                                             cast(:today as date)), false) as known
                      from inquiry q where q.published_at is not null and q.state_addressee) placed
                group by year order by year""").param("today", Date.valueOf(today))
                .query((rs, n) -> new InquiryFigures.Year(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static InquiryFigures.Body body(ResultSet rs, int n) throws SQLException {
        return new InquiryFigures.Body((Long) rs.getObject("actor"), rs.getString("name"), rs.getLong("sent"),
                rs.getLong("on_time"), rs.getLong("late"), rs.getLong("partial"), rs.getLong("refused"),
                rs.getLong("unanswered"), rs.getLong("overdue"));
    }
}
