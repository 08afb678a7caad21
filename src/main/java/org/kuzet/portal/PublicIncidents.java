package org.kuzet.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.calendar.PartialDate;
import org.kuzet.search.SearchIndex;
import org.kuzet.security.Viewer;
import org.kuzet.statement.Statements;
import org.kuzet.core.Languages;
import org.kuzet.portal.internal.IdList;
import org.kuzet.portal.internal.PortalCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public's view of incidents: published ones only, and only their public fields (never confidential notes,
 * victims' contacts, correspondents or confidential sources). Read straight from the tables the incident feature
 * owns, as a read model.
 */
@Component
public class PublicIncidents {

    /** {@code titleLanguage}: the language the title is shown in (the visitor's, or the original's without one). */
    public record Summary(long id, String title, String date, String place, String category, String verification,
                   String summary, String state, String titleLanguage) {
    }

    public record Page(List<Summary> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CountedValue",
            description = "A value (a category, a region, a perpetrator type) with its label and its count")
    public record Facet(String code, String label, long count) {
    }

    /** One incident as a row of the downloadable list. */
    public record Row(long id, String date, String title, String placeCode, String place, String primaryCategory,
               String category, String verification, String titleLanguage) {
    }

    public record Published(long id, String title, String date, String category, String summary,
                     OffsetDateTime publishedAt, String titleLanguage) {
    }

    public record Person(String name, String kind, Long actorId) {
    }

    public record SourceLink(String title, String outlet, String url) {
    }

    /** {@code summaryLanguage}: the language the summary is shown in (see {@link Summary}); the quote is as said. */
    public record Reply(String speaker, String role, String date, String stance, String summary, String quote, String url,
            String summaryLanguage) {
    }

    /** {@code titleLanguage}, {@code summaryLanguage}: what each is shown in (see {@link Summary}). */
    public record Detail(long id, String title, String summary, String date, String place, String category,
                  List<String> otherCategories, Integer peopleAffected, String verification, int revision,
                  OffsetDateTime publishedAt, List<Person> victims, List<Person> perpetrators,
                  List<SourceLink> sources, List<Reply> replies, String titleLanguage, String summaryLanguage) {
    }

    /**
     * The columns of an incident's title and summary in a language (the translation, else the original) and the
     * languages they are in, for a query over {@code incident i}; the language is one of the three codes.
     */
    static String texts(String l) {
        return ("shown_text(i.title, i.translations, 'title', '%1$s') as title, "
                + "shown_language(i.language, i.translations, 'title', '%1$s') as title_language, "
                + "shown_text(i.summary, i.translations, 'summary', '%1$s') as summary, "
                + "shown_language(i.language, i.translations, 'summary', '%1$s') as summary_language").formatted(l);
    }

    private final JdbcClient jdbc;
    private final PortalCounts counts;
    private final SearchIndex search;
    private final Statements statements;

    PublicIncidents(JdbcClient jdbc, PortalCounts counts, SearchIndex search, Statements statements) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.counts = counts;
        this.search = search;
    }

    public Page list(PublicListFilter filter, int page, int size, String lang) {
        return list(filter, page, size, lang, false);
    }

    public Page list(PublicListFilter filter, int page, int size, String lang, boolean staff) {
        return counts.get(List.of("list", filter, page, size, column(lang), staff, audience(staff)),
                () -> computeList(filter, page, size, lang, staff));
    }

    private Page computeList(PublicListFilter filter, int page, int size, String lang, boolean staff) {
        PublicListFilter.Sql sql = filter.where(staff, resolve(filter, staff));
        // every incident has exactly one verification: the facet's counts add up to the total, and the facets are
        // needed (and remembered) for the same list anyway, so no separate count(*) over the selection
        long total = ownFacets(filter, lang, staff).get("verification").stream().mapToLong(Facet::count).sum();
        String l = column(lang);
        List<Summary> items = jdbc.sql("""
                select i.id, %2$s, i.occurred_on, i.date_precision, i.verification, i.workflow_state,
                       p.name_%1$s as place, c.label_%1$s as category
                from incident i left join place p on p.code = i.place_code
                join category c on c.code = i.primary_category""".formatted(l, texts(l)) + sql.where()
                + " order by i.occurred_on desc, i.id desc limit :limit offset :offset")
                .params(sql.params()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("title"),
                        date(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                        rs.getString("place"), rs.getString("category"), rs.getString("verification"),
                        rs.getString("summary"), rs.getString("workflow_state"), rs.getString("title_language")))
                .list();
        return new Page(List.copyOf(items), total, page, size);
    }

    /**
     * Where the words matched in each incident of a page the public sees (escaped HTML, the words marked), from
     * the search index's highlights; none when the filter has no words.
     */
    public Map<Long, String> passages(PublicListFilter filter, Page page) {
        if (filter.q() == null) {
            return Map.of();
        }
        return search.passages("incident", filter.q(), page.items().stream().map(Summary::id).toList(), Viewer.PUBLIC);
    }

    /** The public's selection of the filter as SQL: published incidents only, the words and regions worked out. */
    public PublicListFilter.Sql publicSelection(PublicListFilter filter) {
        return filter.where(false, resolve(filter, false));
    }

    /** Every incident the filter selects, oldest first, one at a time (downloads stream, whatever the size). */
    public void each(PublicListFilter filter, String lang, java.util.function.Consumer<Row> sink) {
        each(filter, lang, false, sink);
    }

    /** The same for staff ({@code staff}: every workflow state, as on the staff list), e.g. a saved filter's digest. */
    public void each(PublicListFilter filter, String lang, boolean staff, java.util.function.Consumer<Row> sink) {
        PublicListFilter.Sql sql = filter.where(staff, resolve(filter, staff));
        String l = column(lang);
        jdbc.sql("""
                select i.id, %2$s, i.occurred_on, i.date_precision, i.verification, i.place_code,
                       i.primary_category, p.name_%1$s as place, c.label_%1$s as category
                from incident i left join place p on p.code = i.place_code
                join category c on c.code = i.primary_category""".formatted(l, texts(l)) + sql.where()
                + " order by i.occurred_on, i.id")
                .params(sql.params())
                .query((java.sql.ResultSet rs) -> {
                    sink.accept(new Row(rs.getLong("id"),
                            date(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                            rs.getString("title"), rs.getString("place_code"), rs.getString("place"),
                            rs.getString("primary_category"), rs.getString("category"), rs.getString("verification"),
                            rs.getString("title_language")));
                });
    }

    public List<Published> recentlyPublished(int limit, String lang) {
        return recentlyPublished(PublicListFilter.NONE, limit, lang);
    }

    /** The newest published incidents among those the public list's filter selects (the filter's Atom feed). */
    public List<Published> recentlyPublished(PublicListFilter filter, int limit, String lang) {
        PublicListFilter.Sql sql = publicSelection(filter);
        return jdbc.sql("""
                select i.id, %2$s, i.occurred_on, i.date_precision, i.published_at, c.label_%1$s as category
                from incident i join category c on c.code = i.primary_category""".formatted(column(lang),
                        texts(column(lang)))
                + sql.where() + " and i.published_at is not null"
                + " order by i.published_at desc, i.id desc limit :limit")
                .params(sql.params()).param("limit", limit)
                .query((rs, n) -> new Published(rs.getLong("id"), rs.getString("title"),
                        date(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                        rs.getString("category"), rs.getString("summary"),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getString("title_language")))
                .list();
    }

    /** Counts per facet value among the incidents the filter selects. */
    public Map<String, List<Facet>> facets(PublicListFilter filter, String lang) {
        return facets(filter, lang, false);
    }

    /**
     * The facets of the filter; a facet that takes several values and has some checked counts as if it had none
     * (the list of its values from the filter without it), so that a visitor can check a second region beside the
     * first instead of seeing the first alone.
     */
    public Map<String, List<Facet>> facets(PublicListFilter filter, String lang, boolean staff) {
        Map<String, List<Facet>> facets = ownFacets(filter, lang, staff);
        Map<String, List<Facet>> widened = null;
        for (String name : PublicListFilter.MULTI) {
            if (!filter.values(name).isEmpty()) {
                widened = widened == null ? new LinkedHashMap<>(facets) : widened;
                String key = name.equals("victimKind") ? "victim_kind" : name;
                widened.put(key, ownFacets(filter.without(name, null), lang, staff).get(key));
            }
        }
        return widened == null ? facets : java.util.Collections.unmodifiableMap(widened);
    }

    private Map<String, List<Facet>> ownFacets(PublicListFilter filter, String lang, boolean staff) {
        return counts.get(List.of("facets", filter, column(lang), staff, audience(staff)),
                () -> computeFacets(filter, lang, staff));
    }

    /**
     * Every facet in one statement: the filter selects its incidents once (a materialised CTE), and each facet is a
     * GROUP BY over that set, instead of one query per facet each re-running the filter (a name search six times).
     * An incident counts once per kind of victim: the distinct pairs are hashed, where count(distinct) sorted all
     * victim rows of the selection (65,000 of them for a word found in 50,000 incidents).
     * A place counts under its region (or city of republican significance) found by walking the small place tree.
     */
    private Map<String, List<Facet>> computeFacets(PublicListFilter filter, String lang, boolean staff) {
        PublicListFilter.Sql sql = filter.where(staff, resolve(filter, staff));
        String l = column(lang);
        String query = """
                with recursive up(code, start, kind, parent_code) as (
                    select p.code, p.code, p.kind, p.parent_code from place p
                    union all
                    select p.code, up.start, p.kind, p.parent_code from place p join up on p.code = up.parent_code
                        where up.kind not in ('region', 'city_of_republican_significance', 'country')),
                sel as materialized (
                    select i.id, i.primary_category, i.place_code, i.verification, i.workflow_state,
                           i.occurred_on, i.date_precision
                    from incident i %2$s)
                select 1 as facet, g.position as pos, g.code, g.label_%1$s as label, count(*) as n from sel i
                    join category c on c.code = i.primary_category join category g on g.code = c.group_code
                    group by g.code, g.label_%1$s, g.position
                union all
                select 2, 0, c.code, c.label_%1$s, count(*) from sel i join category c on c.code = i.primary_category
                    group by c.code, c.label_%1$s
                union all
                select 3, 0, r.code, r.name_%1$s, count(*) from sel i
                    join up on up.start = i.place_code and up.kind in ('region', 'city_of_republican_significance', 'country')
                    join place r on r.code = up.code
                    group by r.code, r.name_%1$s
                union all
                select 4, 0, i.verification, i.verification, count(*) from sel i group by i.verification
                %3$s
                union all
                select 6, 0, k.victim_kind, k.victim_kind, count(*) from (
                    select distinct v.incident_id, v.victim_kind from sel i
                    join incident_victim v on v.incident_id = i.id) k group by k.victim_kind
                union all
                select 7, -(extract(year from m) * 100 + extract(month from m))::int, to_char(m, 'YYYY-MM'),
                       to_char(m, 'YYYY-MM'), count(*) from (
                    select date_trunc('month', i.occurred_on) as m from sel i where i.date_precision <> 'year') x
                    group by m
                order by facet, pos, n desc, code""".formatted(l, sql.where(), staff
                ? "union all select 5, 0, i.workflow_state, i.workflow_state, count(*) from sel i group by i.workflow_state"
                : "");
        String[] names = {null, "group", "category", "region", "verification", "state", "victim_kind", "month"};
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null && (staff || !name.equals("state"))) {
                facets.put(name, new java.util.ArrayList<>());
            }
        }
        jdbc.sql(query).params(sql.params()).query((java.sql.ResultSet rs) -> {
            facets.get(names[rs.getInt("facet")]).add(new Facet(rs.getString("code"), rs.getString("label"),
                    rs.getLong("n")));
        });
        // the months newest first, as many as a visitor scans: the month field takes any other one
        facets.put("month", facets.get("month").subList(0, Math.min(MONTHS_SHOWN, facets.get("month").size())));
        facets.replaceAll((name, values) -> List.copyOf(values));
        return java.util.Collections.unmodifiableMap(facets);
    }

    /**
     * Works out once, and remembers until the data changes, which incidents the words find and which places a
     * region holds; the count, the page and the facets of the list then each use the literal lists. The words are
     * looked up in the search index, as the viewer may search: the public among published incidents and their
     * public text only (a word that only confidential notes or a draft hold finds nothing), the signed-in staff
     * member of a staff list as they may (a correspondent: also their own records, monitors up: all).
     */
    PublicListFilter.Resolved resolve(PublicListFilter filter, boolean staff) {
        Viewer viewer = viewer(staff);
        long[] ids = filter.q() == null ? null : counts.get(List.of("words", filter.q(), viewer),
                () -> IdList.of(search.matchingIds("incident", filter.q(), viewer))).toArray();
        List<String> places = filter.region() == null ? null
                : counts.get(List.of("places", filter.region()), () -> jdbc.sql(PublicListFilter.PLACES_UNDER)
                        .param("regions", filter.values("region")).query(String.class).list());
        return new PublicListFilter.Resolved(ids, places);
    }

    /** Who reads a staff list (its words find what they may search; remembered lists are theirs alone). */
    private static Viewer viewer(boolean staff) {
        return staff ? Viewer.current() : Viewer.PUBLIC;
    }

    /**
     * Who the remembered counts are for: the public, every monitor, editor and admin alike (they see all), or one
     * correspondent (their own records as well), so that staff share one entry instead of one each.
     */
    private static Object audience(boolean staff) {
        Viewer viewer = viewer(staff);
        return viewer.isMonitor() ? "monitors" : viewer;
    }

    /** How many months the month facet lists (newest first). */
    static final int MONTHS_SHOWN = 24;

    public Optional<Detail> detail(long id, String lang) {
        String l = column(lang);
        // the incident's row is read and its connection released before the lists are read: a query made inside
        // a row mapper would hold two pooled connections per request, and a busy portal would exhaust the pool
        Optional<Detail> head = jdbc.sql("""
                select i.id, %2$s, i.occurred_on, i.date_precision, i.people_affected, i.verification,
                       i.revision, i.published_at, p.name_%1$s as place, c.label_%1$s as category
                from incident i left join place p on p.code = i.place_code
                join category c on c.code = i.primary_category
                where i.id = ? and i.workflow_state = 'published'""".formatted(l, texts(l)))
                .param(id)
                .query((rs, n) -> new Detail(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        date(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                        rs.getString("place"), rs.getString("category"), List.of(),
                        (Integer) rs.getObject("people_affected"), rs.getString("verification"),
                        rs.getInt("revision"), rs.getObject("published_at", OffsetDateTime.class),
                        List.of(), List.of(), List.of(), List.of(), rs.getString("title_language"),
                        rs.getString("summary_language")))
                .optional();
        return head.map(d -> new Detail(d.id(), d.title(), d.summary(), d.date(), d.place(), d.category(),
                otherCategories(id, l), d.peopleAffected(), d.verification(), d.revision(), d.publishedAt(),
                people("incident_victim", "victim_kind", id), people("incident_perpetrator", "perpetrator_type", id),
                sources(id), replies(id, l), d.titleLanguage(), d.summaryLanguage()));
    }

    /**
     * When a published incident was last corrected: the latest version kept after the first published one (the
     * first is its publication); empty when it stands as first published.
     */
    public Optional<java.time.Instant> updatedAt(long id) {
        return jdbc.sql("""
                select max(r.recorded_at) from incident_revision r join incident i on i.id = r.incident_id
                where r.incident_id = ? and i.workflow_state = 'published'
                  and r.revision > (select min(r0.revision) from incident_revision r0 where r0.incident_id = r.incident_id)""")
                .param(id).query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single()
                .map(OffsetDateTime::toInstant);
    }

    private List<String> otherCategories(long id, String l) {
        return jdbc.sql("select c.label_" + l + " from incident_category ic join category c on c.code = ic.category_code "
                + "join incident i on i.id = ic.incident_id where ic.incident_id = ? and ic.category_code <> i.primary_category "
                + "order by c.position").param(id).query(String.class).list();
    }

    private List<Person> people(String table, String kindColumn, long id) {
        // only the public columns: a victim's contact never leaves this query
        return jdbc.sql("select name, " + kindColumn + " as kind, actor_id from " + table
                + " where incident_id = ? order by position").param(id)
                .query((rs, n) -> new Person(rs.getString("name"), rs.getString("kind"),
                        (Long) rs.getObject("actor_id"))).list();
    }

    private List<SourceLink> sources(long id) {
        return jdbc.sql("""
                select s.title, coalesce(a.name, s.outlet_name) as outlet, s.url from incident_source x
                join source s on s.id = x.source_id left join actor a on a.id = s.outlet_actor_id
                where x.incident_id = ? and not s.confidential and s.kind <> 'correspondent_report'
                order by s.id""").param(id)
                .query((rs, n) -> new SourceLink(rs.getString("title"), rs.getString("outlet"), rs.getString("url")))
                .list();
    }

    private List<Reply> replies(long id, String l) {
        return statements.repliesTo(id, l).stream().map(r -> new Reply(r.speaker(), r.role(), r.date().toString(),
                r.stance(), r.summary(), r.quote(), r.url(), r.summaryLanguage())).toList();
    }

    public static String date(LocalDate start, String precision) {
        return PartialDate.of(start, precision).toString();
    }

    /** The column suffix for a language; only the three known codes ever reach SQL. */
    public static String column(String lang) {
        return Languages.supported(lang) ? lang : "en";
    }
}
