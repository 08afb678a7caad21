package org.kuzet.incident;

import org.kuzet.incident.internal.IncidentFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists incidents matching a filter, newest first (date descending, then id), one page at a time. */
@Component
public class IncidentSearch {

    public record Page(List<Incident> items, int page, int size, long total) {
    }

    /** The last day of an incident's period, from its first day and precision. */
    private static final String PERIOD_END = """
            (case i.date_precision when 'day' then i.occurred_on
                 when 'month' then (i.occurred_on + interval '1 month' - interval '1 day')::date
                 else (i.occurred_on + interval '1 year' - interval '1 day')::date end)""";

    private final JdbcClient jdbc;
    private final Incidents incidents;

    IncidentSearch(JdbcClient jdbc, Incidents incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    /**
     * Only what the viewer may see (the SQL form of {@link IncidentAccess#sees}): published incidents, and the
     * unpublished ones they recorded themselves; monitors and up see all.
     */
    private static void seenBy(Viewer viewer, List<String> where, Map<String, Object> params) {
        if (IncidentAccess.seesEveryUnpublished(viewer)) {
            return;
        }
        if (viewer.isSignedIn()) {
            where.add("(i.workflow_state = 'published' or i.created_by = :author)");
            params.put("author", viewer.username());
        } else {
            where.add("i.workflow_state = 'published'");
        }
    }

    /** The unpublished incidents this person recorded, newest first: a correspondent's own drafts and submissions. */
    public List<IncidentView> unpublishedOf(Viewer viewer) {
        if (!viewer.isSignedIn()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select id from incident where created_by = ? and workflow_state <> 'published' "
                + "order by occurred_on desc, id desc").param(viewer.username()).query(Long.class).list();
        return incidents.findAll(ids).stream().map(i -> IncidentView.of(i, viewer)).toList();
    }

    public Page find(IncidentFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            where.add("(i.primary_category in (:categories) or exists (select 1 from incident_category c "
                    + "where c.incident_id = i.id and c.category_code in (:categories)))");
            params.put("categories", filter.categories());
        }
        if (filter.places() != null && !filter.places().isEmpty()) {
            where.add("i.place_code in (:places)");
            params.put("places", filter.places());
        }
        if (filter.from() != null) {
            where.add(PERIOD_END + " >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("i.occurred_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.state() != null) {
            where.add("i.workflow_state = :state");
            params.put("state", filter.state().code());
        }
        if (filter.verification() != null) {
            where.add("i.verification = :verification");
            params.put("verification", filter.verification().code());
        }
        if (filter.actor() != null) {
            where.add("(exists (select 1 from incident_victim v where v.incident_id = i.id and v.actor_id = :actor) "
                    + "or exists (select 1 from incident_perpetrator p where p.incident_id = i.id "
                    + "and p.actor_id = :actor))");
            params.put("actor", filter.actor());
        }
        seenBy(filter.viewer(), where, params);
        if (filter.categories() != null && filter.categories().isEmpty()
                || filter.places() != null && filter.places().isEmpty()) {
            where.add("false");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from incident i" + condition).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Long> ids = jdbc.sql("select i.id from incident i" + condition
                        + " order by i.occurred_on desc, i.id limit :limit offset :offset")
                .params(params).query(Long.class).list();
        return new Page(incidents.findAll(ids), page, size, total);
    }
}
