package org.kuzet.incident;

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

    /** An incident found by its title (or its number), to be picked in a form: "#12 · 2024-03 · title". */
    public record Titled(long id, String title, String date) {

        public String label() {
            return "#" + id + " · " + date + " · " + title;
        }
    }

    /** The last day of an incident's period, from its first day and precision. */
    private static final String PERIOD_END = """
            (case i.date_precision when 'day' then i.occurred_on
                 when 'month' then (i.occurred_on + interval '1 month' - interval '1 day')::date
                 else (i.occurred_on + interval '1 year' - interval '1 day')::date end)""";

    private static final org.springframework.jdbc.core.RowMapper<Titled> TITLED = (rs, n) -> new Titled(
            rs.getLong("id"), rs.getString("title"), org.kuzet.calendar.PartialDate.of(
                    rs.getObject("occurred_on", java.time.LocalDate.class), rs.getString("date_precision")).toString());

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final org.kuzet.incident.internal.IncidentFilters filters;

    IncidentSearch(JdbcClient jdbc, Incidents incidents, org.kuzet.incident.internal.IncidentFilters filters) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.filters = filters;
    }

    /**
     * The filter the incident API's list takes ({@code GET /api/v1/incidents}), read from the same query
     * parameters by the same rules, for other modules' downloads of incidents (the exchange formats).
     *
     * @throws org.kuzet.api.InvalidInput naming every bad parameter
     */
    public IncidentFilter filterOf(String category, String place, String from, String to, String state,
            String verification, String actor, Viewer viewer) {
        return filters.parse(category, place, from, to, state, verification, actor, null, null, viewer).filter();
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

    /** A draft nobody has changed for a while, and who holds it: whoever it is assigned to, else its author. */
    public record StaleDraft(long id, String title, String holder, java.time.LocalDate untouchedSince) {
    }

    /** The unpublished incidents assigned to this person, the latest recorded first: their queue. */
    public List<IncidentView> assignedTo(Viewer viewer) {
        return unpublished("assigned_to = ?", viewer, viewer.username());
    }

    /** The unpublished incidents nobody holds, the latest recorded first (a monitor's to hand out; none for anyone else). */
    public List<IncidentView> unassigned(Viewer viewer) {
        if (!IncidentAccess.seesEveryUnpublished(viewer)) {
            return List.of();
        }
        return unpublished("assigned_to is null", viewer);
    }

    /** Unpublished, unrejected incidents meeting the condition, as far as the viewer sees them. */
    private List<IncidentView> unpublished(String condition, Viewer viewer, Object... params) {
        List<Long> ids = jdbc.sql("select id from incident where " + condition + " and workflow_state <> 'published'"
                + " and workflow_state <> 'rejected' order by id desc limit 200").params(params)
                .query(Long.class).list();
        return incidents.findAll(ids).stream().filter(i -> IncidentAccess.sees(viewer, i))
                .map(i -> IncidentView.of(i, viewer)).toList();
    }

    /**
     * Drafts not changed since before {@code days} days ago (Almaty's day, {@link org.kuzet.core.Today}), the
     * longest untouched first, with who holds each.
     */
    public List<StaleDraft> staleDrafts(int days) {
        java.time.LocalDate cutoff = java.time.LocalDate.now(org.kuzet.core.Today.CLOCK).minusDays(days);
        return jdbc.sql("""
                select id, title, coalesce(assigned_to, created_by) as holder,
                       (updated_at at time zone 'Asia/Almaty')::date as since
                from incident where workflow_state = 'draft'
                  and updated_at < (cast(? as date)::timestamp at time zone 'Asia/Almaty')
                order by updated_at, id limit 100""").param(cutoff.plusDays(1))
                .query((rs, n) -> new StaleDraft(rs.getLong("id"), rs.getString("title"), rs.getString("holder"),
                        rs.getObject("since", java.time.LocalDate.class))).list();
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

    /**
     * Incidents whose title holds every word typed (in any case), or whose number is typed ("12", "#12"), newest
     * first; only what the viewer may see.
     */
    public List<Titled> titled(String typed, Viewer viewer, int limit) {
        String text = typed == null ? "" : typed.strip();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String number = text.startsWith("#") ? text.substring(1) : text;
        if (number.matches("[0-9]{1,18}")) {
            where.add("i.id = :id");
            params.put("id", Long.parseLong(number));
        } else {
            String[] words = text.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            for (int w = 0; w < words.length; w++) {
                if (words[w].length() < 2) {
                    continue;
                }
                where.add("lower(i.title) like :w" + w);
                params.put("w" + w, "%" + words[w].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (where.isEmpty()) {
                return List.of();
            }
        }
        seenBy(viewer, where, params);
        params.put("limit", limit);
        return jdbc.sql("select i.id, i.title, i.occurred_on, i.date_precision from incident i where "
                        + String.join(" and ", where) + " order by i.occurred_on desc, i.id desc limit :limit")
                .params(params).query(TITLED).list();
    }

    /** The incidents with these ids that the viewer may see, by date, each with its title. */
    public List<Titled> titledByIds(java.util.Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>(List.of("i.id in (:ids)"));
        Map<String, Object> params = new HashMap<>(Map.of("ids", ids));
        seenBy(viewer, where, params);
        return jdbc.sql("select i.id, i.title, i.occurred_on, i.date_precision from incident i where "
                        + String.join(" and ", where) + " order by i.occurred_on, i.id")
                .params(params).query(TITLED).list();
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
