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
 * yet on that day), or on today when the period has not ended. Whole years are read from the yearly counts the
 * database keeps on each write (inquiry_year_count, R__inquiry.sql), so that the public page stays fast at a hundred
 * thousand requests; other periods place their requests one by one.
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

    /**
     * The figures of the period. A period of whole years is read from the yearly counts (inquiry_year_count, kept on
     * each write); any other period places its requests one by one. Both give the same figures.
     */
    public InquiryFigures figures(LocalDate from, LocalDate to, LocalDate today) {
        return wholeYears(from, to) ? fromYearCounts(from.getYear(), to.getYear(), today) : placed(from, to, today);
    }

    static boolean wholeYears(LocalDate from, LocalDate to) {
        return from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31 && !to.isBefore(from);
    }

    /** The figures of the period by placing each request sent in it: one pass, by body; totals are their sums. */
    InquiryFigures placed(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate day = to.isAfter(today) ? today : to;
        List<InquiryFigures.Body> bodies = jdbc.sql("select addressee_actor_id as actor, min(addressee_name) as name, "
                        + COLUMNS + " from " + PLACED + " group by addressee_actor_id, case when addressee_actor_id "
                        + "is null then addressee_name end order by count(*) desc, min(addressee_name)")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("day", Date.valueOf(day))
                .query(InquiryCounts::body).list();
        return totals(bodies);
    }

    /**
     * The figures of the years {@code first} to {@code last} from the yearly counts, placed on the last one's last
     * day (or today, when that is earlier). An answer is known on that day when its year is not later: answers are
     * never dated after today (the API and the dataset refuse it), so within this year every answer is known. Only
     * "overdue" of a year not yet over depends on the day itself: it is counted from the unanswered requests, which
     * an index keeps apart.
     */
    InquiryFigures fromYearCounts(int first, int last, LocalDate today) {
        LocalDate lastDay = LocalDate.of(last, 12, 31);
        boolean yearOver = !lastDay.isAfter(today);
        List<InquiryFigures.Body> bodies = jdbc.sql("""
                select nullif(addressee_actor_id, 0) as actor, min(addressee_name) as name,
                       sum(requests) as sent,
                       coalesce(sum(requests) filter (where known and answer_column = 'on_time'), 0) as on_time,
                       coalesce(sum(requests) filter (where known and answer_column = 'late'), 0) as late,
                       coalesce(sum(requests) filter (where known and answer_column = 'partial'), 0) as partial,
                       coalesce(sum(requests) filter (where known and answer_column = 'refused'), 0) as refused,
                       coalesce(sum(requests) filter (where not known), 0) as unanswered,
                       coalesce(sum(requests) filter (where not known and overdue_year <= :last), 0) as overdue
                from (select c.*, c.answered_year between 1 and :last as known from inquiry_year_count c
                      where c.sent_year between :first and :last) c
                group by addressee_actor_id, case when addressee_actor_id = 0 then addressee_name end
                order by sum(requests) desc, min(addressee_name)""")
                .param("first", first).param("last", last).query(InquiryCounts::body).list();
        if (!yearOver) {
            bodies = withOverdueOn(bodies, LocalDate.of(first, 1, 1), lastDay, today);
        }
        return totals(bodies);
    }

    /** The bodies with "overdue" counted on {@code today}: unanswered requests sent in the period, due before it. */
    private List<InquiryFigures.Body> withOverdueOn(List<InquiryFigures.Body> bodies, LocalDate from, LocalDate to,
            LocalDate today) {
        java.util.Map<String, Long> overdue = new java.util.HashMap<>();
        jdbc.sql("""
                select addressee_actor_id, min(addressee_name), count(*) from inquiry q
                where q.answered_on is null and coalesce(q.extended_to, q.deadline) < :today
                  and q.published_at is not null and q.state_addressee and q.sent_on between :from and :to
                group by addressee_actor_id, case when addressee_actor_id is null then addressee_name end""")
                .param("today", Date.valueOf(today)).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> overdue.put(bodyKey((Long) rs.getObject(1), rs.getString(2)), rs.getLong(3)))
                .list();
        return bodies.stream().map(b -> new InquiryFigures.Body(b.actor(), b.name(), b.sent(), b.answeredOnTime(),
                b.answeredLate(), b.partial(), b.refused(), b.unanswered(),
                overdue.getOrDefault(bodyKey(b.actor(), b.name()), 0L))).toList();
    }

    /** A body as the table groups them: by actor, else by name. */
    private static String bodyKey(Long actor, String name) {
        return actor != null ? "a" + actor : "n" + name;
    }

    private static InquiryFigures totals(List<InquiryFigures.Body> bodies) {
        return new InquiryFigures(sum(bodies, InquiryFigures.Body::sent),
                sum(bodies, InquiryFigures.Body::answeredOnTime), sum(bodies, InquiryFigures.Body::answeredLate),
                sum(bodies, InquiryFigures.Body::partial), sum(bodies, InquiryFigures.Body::refused),
                sum(bodies, InquiryFigures.Body::unanswered), bodies);
    }

    private static long sum(List<InquiryFigures.Body> bodies, ToLongFunction<InquiryFigures.Body> column) {
        return bodies.stream().mapToLong(column).sum();
    }

    /**
     * The reply rate of each year with requests, each year placed on its last day (or today), from the yearly counts:
     * an answer is known on that day when it is dated in that year (answers are never dated after today).
     */
    public List<InquiryFigures.Year> years(LocalDate today) {
        return jdbc.sql("""
                select sent_year, sum(requests),
                       coalesce(sum(requests) filter (where answered_year between 1 and sent_year
                                                        and answer_column in ('on_time', 'late', 'partial')), 0),
                       coalesce(sum(requests) filter (where answered_year between 1 and sent_year
                                                        and answer_column = 'on_time'), 0)
                from inquiry_year_count group by sent_year order by sent_year""")
                .query((rs, n) -> new InquiryFigures.Year(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** The same by placing each request: what the yearly counts must agree with. */
    List<InquiryFigures.Year> placedYears(LocalDate today) {
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
