package org.kuzet.report;

import java.sql.Date;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kuzet.api.Forbidden;
import org.kuzet.core.RecordChange;
import org.kuzet.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From which month the service's records are complete ("records complete from 2025-01"), kept by an administrator.
 * Before it, reports take their history from the published monthly reports imported from the archive and say so;
 * from it on, from the records. Unset, the records are taken as complete throughout.
 */
@Component
public class RecordsStart {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RecordsStart(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<YearMonth> completeFrom() {
        return jdbc.sql("select records_complete_from from report_history").query(Date.class).optional()
                .map(d -> YearMonth.from(d.toLocalDate()));
    }

    /**
     * Sets the month (admins only); null unsets it. Announced as a change of {@code report_history}, for the audit.
     *
     * @throws Forbidden for anyone but an administrator
     */
    @Transactional
    public void set(YearMonth month, Viewer by) {
        if (!by.isAdmin()) {
            throw new Forbidden("Only administrators set from which month the records are complete.");
        }
        Map<String, Object> before = shown(completeFrom().orElse(null));
        if (month == null) {
            jdbc.sql("delete from report_history").update();
        } else {
            jdbc.sql("""
                    insert into report_history (records_complete_from, updated_by) values (?, ?)
                    on conflict (id) do update set records_complete_from = excluded.records_complete_from,
                        updated_by = excluded.updated_by, updated_at = now()""")
                    .params(Date.valueOf(month.atDay(1)), by.username()).update();
        }
        events.publishEvent(RecordChange.changed("report_history", 1, by.username(), before, shown(month)));
    }

    private static Map<String, Object> shown(YearMonth month) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records_complete_from", month == null ? null : month.toString());
        return m;
    }
}
