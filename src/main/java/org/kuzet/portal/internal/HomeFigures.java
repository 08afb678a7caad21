package org.kuzet.portal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.kuzet.core.Today;
import org.kuzet.portal.PublicIncidents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the home page says beside its figures: the period the published incidents cover, and the published
 * incidents changed most recently. Both are remembered until the data changes, like the list's counts.
 */
@Component
class HomeFigures {

    /** The published incidents' span: how many, the first and last date (each with its precision). */
    record Coverage(long count, String first, String last) {
    }

    /** A published incident and the day (in Almaty) it last changed. */
    record Updated(long id, String title, String date, String category, LocalDate changedOn) {
    }

    private final JdbcClient jdbc;
    private final PortalCounts counts;

    HomeFigures(JdbcClient jdbc, PortalCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** Empty when nothing is published yet. */
    Optional<Coverage> coverage() {
        return counts.get(List.of("home-coverage"), () -> jdbc.sql("""
                select (select count(*) from incident where workflow_state = 'published') as n,
                       f.occurred_on as first_on, f.date_precision as first_precision,
                       l.occurred_on as last_on, l.date_precision as last_precision
                from (select occurred_on, date_precision from incident where workflow_state = 'published'
                      order by occurred_on, id limit 1) f,
                     (select occurred_on, date_precision from incident where workflow_state = 'published'
                      order by occurred_on desc, id desc limit 1) l""")
                .query((rs, n) -> new Coverage(rs.getLong("n"),
                        PublicIncidents.date(rs.getObject("first_on", LocalDate.class), rs.getString("first_precision")),
                        PublicIncidents.date(rs.getObject("last_on", LocalDate.class), rs.getString("last_precision"))))
                .optional());
    }

    /**
     * The published incidents corrected since they first went public (more than one published version kept), the
     * latest correction first, in the visitor's language. A first publication is news of the list above, not an update.
     */
    List<Updated> recentlyUpdated(int limit, String lang) {
        String l = PublicIncidents.column(lang);
        return counts.get(List.of("home-updated", limit, l), () -> jdbc.sql("""
                select i.id, i.title, i.occurred_on, i.date_precision, v.corrected_at, c.label_%s as category
                from incident i join category c on c.code = i.primary_category
                join lateral (select max(r.recorded_at) as corrected_at, count(*) as versions
                              from incident_revision r where r.incident_id = i.id) v on v.versions > 1
                where i.workflow_state = 'published'
                order by v.corrected_at desc, i.id desc limit ?""".formatted(l))
                .param(limit)
                .query((rs, n) -> new Updated(rs.getLong("id"), rs.getString("title"),
                        PublicIncidents.date(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                        rs.getString("category"), rs.getObject("corrected_at", OffsetDateTime.class)
                                .atZoneSameInstant(Today.KAZAKHSTAN).toLocalDate()))
                .list());
    }

    /** Today in Almaty, the day the figures are read on. */
    static LocalDate today() {
        return LocalDate.now(Today.CLOCK);
    }
}
