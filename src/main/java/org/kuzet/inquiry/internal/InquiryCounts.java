package org.kuzet.inquiry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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

    private static final String COLUMNS = """
            count(*) as sent,
            count(*) filter (where s = 'answered') as on_time,
            count(*) filter (where s = 'answered_late') as late,
            count(*) filter (where s = 'partial') as partial,
            count(*) filter (where s = 'refused') as refused,
            count(*) filter (where s in ('awaiting', 'due_soon', 'overdue')) as unanswered,
            count(*) filter (where s = 'overdue') as overdue""";

    private static final String PLACED = """
            (select q.addressee_actor_id, q.addressee_name, q.sent_on,
                    inquiry_status_on(q.deadline, q.extended_to, q.answered_on, q.outcome, :day) as s
             from inquiry q
             where q.published_at is not null and q.state_addressee and q.sent_on between :from and :to) placed""";

    private final JdbcClient jdbc;

    InquiryCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public InquiryFigures figures(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate day = to.isAfter(today) ? today : to;
        InquiryFigures.Body all = jdbc.sql("select null as actor, '' as name, " + COLUMNS + " from " + PLACED)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("day", Date.valueOf(day))
                .query(InquiryCounts::body).single();
        List<InquiryFigures.Body> bodies = jdbc.sql("select addressee_actor_id as actor, min(addressee_name) as name, "
                        + COLUMNS + " from " + PLACED + " group by addressee_actor_id, case when addressee_actor_id "
                        + "is null then addressee_name end order by count(*) desc, min(addressee_name)")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("day", Date.valueOf(day))
                .query(InquiryCounts::body).list();
        return new InquiryFigures(all.sent(), all.answeredOnTime(), all.answeredLate(), all.partial(), all.refused(),
                all.unanswered(), bodies);
    }

    /** The reply rate of each year with requests, each year placed on its last day (or today). */
    public List<InquiryFigures.Year> years(LocalDate today) {
        return jdbc.sql("""
                select extract(year from sent_on)::int as year, count(*) as sent,
                       count(*) filter (where s in ('answered', 'answered_late', 'partial')) as replied,
                       count(*) filter (where s = 'answered') as on_time
                from (select q.sent_on, inquiry_status_on(q.deadline, q.extended_to, q.answered_on, q.outcome,
                             least(make_date(extract(year from q.sent_on)::int, 12, 31), :today)) as s
                      from inquiry q where q.published_at is not null and q.state_addressee) placed
                group by 1 order by 1""").param("today", Date.valueOf(today))
                .query((rs, n) -> new InquiryFigures.Year(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static InquiryFigures.Body body(ResultSet rs, int n) throws SQLException {
        return new InquiryFigures.Body((Long) rs.getObject("actor"), rs.getString("name"), rs.getLong("sent"),
                rs.getLong("on_time"), rs.getLong("late"), rs.getLong("partial"), rs.getLong("refused"),
                rs.getLong("unanswered"), rs.getLong("overdue"));
    }
}
