package org.kuzet.audit;

import java.time.LocalDate;
import org.kuzet.core.Today;
import org.kuzet.reference.Filter;
import org.kuzet.reference.DateRange;

/**
 * Which entries of the log a reader asks for: of one record kind (and id), by one person, in a period (whole days
 * of Kazakhstan's clock, as staff read every date). Blank filters ask for everything. {@code hiddenKinds} are the
 * record kinds the reader may not see at all.
 */
public record AuditQuery(String kind, String id, String person, DateRange period, java.util.Set<String> hiddenKinds) {

    Filter filter() {
        Filter filter = new Filter();
        if (kind != null) {
            filter.and("entity_type = :kind", "kind", kind);
        }
        if (id != null) {
            filter.and("entity_id = :id", "id", id);
        }
        if (person != null) {
            filter.and("actor = :person", "person", person);
        }
        if (period.from() != null) {
            filter.and("recorded_at >= :from", "from", startOf(period.from()));
        }
        if (period.to() != null) {
            filter.and("recorded_at < :to", "to", startOf(period.to().plusDays(1)));
        }
        if (!hiddenKinds.isEmpty()) {
            filter.and("entity_type not in (:hidden)", "hidden", hiddenKinds);
        }
        return filter;
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Today.KAZAKHSTAN).toOffsetDateTime();
    }
}
