package org.kuzet.portal.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.core.Today;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The charts of exactly the incidents a filter of the public list selects: by month (and group), by year, by
 * category, by region and by perpetrator type. Time axes are real: every month and year between the first and the
 * last one shown is there, with zero where nothing was recorded, and this year is marked as not yet over.
 */
@Component
public class FilteredFigures {

    /** One point of a time axis: the period (2024 or 2024-03), its count, and whether the period is still running. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ChartPoint")
    public record Point(String period, long count, boolean partial) {
    }

    /** A group's counts per month, in the order of {@link Charts#months}. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ChartSeries")
    public record Series(String code, String label, List<Long> values) {
        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every chart of one filter. Groups without any incident in the months shown are left out (no empty legend). */
    public record Charts(long total, List<Point> months, List<Series> monthlyGroups, List<Point> years,
                         List<PublicIncidents.Facet> categories, List<PublicIncidents.Facet> regions,
                         List<PublicIncidents.Facet> perpetrators) {
    }

    /** At most this many months on the monthly axis: the latest ones (the yearly chart holds the rest). */
    static final int MAX_MONTHS = 36;

    private final JdbcClient jdbc;
    private final PortalCounts counts;
    private final PublicIncidents incidents;

    FilteredFigures(JdbcClient jdbc, PortalCounts counts, PublicIncidents incidents) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.incidents = incidents;
    }

    public Charts of(PublicListFilter filter, String lang) {
        String l = PublicIncidents.column(lang);
        return counts.get(List.of("charts", filter, l), () -> compute(filter, l));
    }

    private Charts compute(PublicListFilter filter, String l) {
        Map<String, List<PublicIncidents.Facet>> facets = incidents.facets(filter, l);
        long total = facets.get("verification").stream().mapToLong(PublicIncidents.Facet::count).sum();
        PublicListFilter.Sql sql = incidents.publicSelection(filter);
        YearMonth now = YearMonth.now(Today.KAZAKHSTAN);
        Map<String, Map<YearMonth, Long>> byGroup = new LinkedHashMap<>();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        jdbc.sql("""
                select g.code, g.label_%s as label, date_trunc('month', i.occurred_on)::date as m, count(*) as n
                from incident i join category c on c.code = i.primary_category join category g on g.code = c.group_code
                %s%s i.date_precision <> 'year'
                group by g.code, g.label_%1$s, g.position, m order by g.position""".formatted(l, sql.where(),
                sql.where().isEmpty() ? " where" : " and"))
                .params(sql.params())
                .query((java.sql.ResultSet rs) -> {
                    groupLabels.put(rs.getString("code"), rs.getString("label"));
                    byGroup.computeIfAbsent(rs.getString("code"), k -> new TreeMap<>())
                            .put(YearMonth.from(rs.getObject("m", LocalDate.class)), rs.getLong("n"));
                });
        List<YearMonth> axis = monthAxis(byGroup, filter.span(), now);
        List<Point> months = new ArrayList<>();
        for (YearMonth m : axis) {
            long n = byGroup.values().stream().mapToLong(g -> g.getOrDefault(m, 0L)).sum();
            months.add(new Point(m.toString(), n, m.equals(now)));
        }
        List<Series> series = new ArrayList<>();
        groupLabels.forEach((code, label) -> {
            Series s = new Series(code, label, axis.stream().map(m -> byGroup.get(code).getOrDefault(m, 0L)).toList());
            if (s.total() > 0) {
                series.add(s);
            }
        });
        return new Charts(total, months, series, years(sql, filter.span(), now.getYear()), facets.get("category"),
                facets.get("region"), perpetrators(sql));
    }

    /** The months from the first with data (or the span's start) to the last (or the span's end), at most 36. */
    private static List<YearMonth> monthAxis(Map<String, Map<YearMonth, Long>> byGroup, PublicListFilter.TimeSpan span,
            YearMonth now) {
        YearMonth first = byGroup.values().stream().flatMap(g -> g.keySet().stream()).min(YearMonth::compareTo)
                .orElse(null);
        YearMonth last = byGroup.values().stream().flatMap(g -> g.keySet().stream()).max(YearMonth::compareTo)
                .orElse(null);
        if (span.first() != null) {
            first = YearMonth.from(span.first());
        }
        if (span.last() != null) {
            last = YearMonth.from(span.last());
        }
        if (first == null || last == null) {
            return List.of();
        }
        last = last.isAfter(now) ? now : last;
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            first = last.minusMonths(MAX_MONTHS - 1L);
        }
        List<YearMonth> axis = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            axis.add(m);
        }
        return axis;
    }

    /** Every year from the first with data to the last, zeros included; this year marked as partial. */
    private List<Point> years(PublicListFilter.Sql sql, PublicListFilter.TimeSpan span, int thisYear) {
        Map<Integer, Long> counted = new TreeMap<>();
        jdbc.sql("select extract(year from i.occurred_on)::int as y, count(*) as n from incident i" + sql.where()
                        + " group by y")
                .params(sql.params())
                .query((java.sql.ResultSet rs) -> {
                    counted.put(rs.getInt("y"), rs.getLong("n"));
                });
        if (counted.isEmpty()) {
            return List.of();
        }
        int first = span.first() != null ? span.first().getYear() : ((TreeMap<Integer, Long>) counted).firstKey();
        // up to this year (its zeros are news too), unless the span ends earlier
        int last = span.last() != null ? Math.min(span.last().getYear(), thisYear)
                : Math.max(((TreeMap<Integer, Long>) counted).lastKey(), thisYear);
        List<Point> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(new Point(Integer.toString(y), counted.getOrDefault(y, 0L), y == thisYear));
        }
        return years;
    }

    /** Incidents per perpetrator type (an incident counts once per type it names), most first. */
    private List<PublicIncidents.Facet> perpetrators(PublicListFilter.Sql sql) {
        return jdbc.sql("""
                select k.perpetrator_type as code, count(*) as n from (
                    select distinct x.incident_id, x.perpetrator_type from incident i
                    join incident_perpetrator x on x.incident_id = i.id%s) k
                group by k.perpetrator_type order by n desc, code""".formatted(sql.where()))
                .params(sql.params())
                .query((rs, n) -> new PublicIncidents.Facet(rs.getString("code"), rs.getString("code"),
                        rs.getLong("n")))
                .list();
    }
}
