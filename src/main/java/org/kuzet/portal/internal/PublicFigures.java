package org.kuzet.portal.internal;

import org.kuzet.portal.PublicIncidents;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts of published incidents for the charts: by month and group, by year, by category, by region. */
@Component
public class PublicFigures {

    /** A region's tile on the grid map: its row and column roughly follow the map of Kazakhstan. */
    public record Tile(String code, String name, int row, int col, long count) {
    }

    record Series(String code, String label, List<Long> values) {
    }

    record Monthly(List<String> months, List<Series> groups) {
    }

    private static final Map<String, int[]> GRID = grid();

    private final JdbcClient jdbc;
    private final PortalCounts counts;

    PublicFigures(JdbcClient jdbc, PortalCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    // Each figure counts every published incident: remembered until the data changes (PortalCounts).

    Monthly monthlyByGroup(YearMonth last, int months, String lang) {
        return counts.get(List.of("monthly", last, months, PublicIncidents.column(lang)),
                () -> computeMonthlyByGroup(last, months, lang));
    }

    Map<Integer, Long> yearly() {
        return counts.get("yearly", () -> java.util.Collections.unmodifiableMap(computeYearly()));
    }

    List<PublicIncidents.Facet> byCategory(String lang) {
        return counts.get(List.of("byCategory", PublicIncidents.column(lang)), () -> List.copyOf(computeByCategory(lang)));
    }

    public List<Tile> regions(String lang) {
        return counts.get(List.of("regions", PublicIncidents.column(lang)), () -> List.copyOf(computeRegions(lang)));
    }

    private Monthly computeMonthlyByGroup(YearMonth last, int months, String lang) {
        YearMonth first = last.minusMonths(months - 1L);
        List<String> labels = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(m.toString());
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        jdbc.sql("select code, label_" + PublicIncidents.column(lang) + " from category where kind = 'group' "
                + "order by position").query((java.sql.ResultSet rs) -> {
                    groupLabels.put(rs.getString(1), rs.getString(2));
                });
        jdbc.sql("""
                select g.code, to_char(i.occurred_on, 'YYYY-MM') as month, count(*) as n
                from incident i join category c on c.code = i.primary_category join category g on g.code = c.group_code
                where i.workflow_state = 'published' and i.date_precision <> 'year'
                  and i.occurred_on between ? and ?
                group by g.code, month""")
                .params(first.atDay(1), last.atEndOfMonth())
                .query((java.sql.ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getString("code"), k -> new LinkedHashMap<>())
                            .put(rs.getString("month"), rs.getLong("n"));
                });
        List<Series> series = new ArrayList<>();
        groupLabels.forEach((code, label) -> series.add(new Series(code, label,
                labels.stream().map(m -> counts.getOrDefault(code, Map.of()).getOrDefault(m, 0L)).toList())));
        return new Monthly(labels, series);
    }

    /** Published incidents per year, from the first year with data to this one. */
    private Map<Integer, Long> computeYearly() {
        Map<Integer, Long> years = new LinkedHashMap<>();
        jdbc.sql("""
                select extract(year from occurred_on)::int as y, count(*) as n from incident
                where workflow_state = 'published' group by y order by y""")
                .query((java.sql.ResultSet rs) -> {
                    years.put(rs.getInt("y"), rs.getLong("n"));
                });
        return years;
    }

    private List<PublicIncidents.Facet> computeByCategory(String lang) {
        String l = PublicIncidents.column(lang);
        return jdbc.sql("""
                select c.code, c.label_%s as label, count(*) as n from incident i
                join category c on c.code = i.primary_category
                where i.workflow_state = 'published' group by c.code, label order by n desc, c.code""".formatted(l))
                .query((rs, n) -> new PublicIncidents.Facet(rs.getString("code"), rs.getString("label"),
                        rs.getLong("n"))).list();
    }

    private List<Tile> computeRegions(String lang) {
        String l = PublicIncidents.column(lang);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                with recursive up(code, start, kind, parent_code) as (
                    select p.code, p.code, p.kind, p.parent_code from place p
                    union all
                    select p.code, up.start, p.kind, p.parent_code from place p join up on p.code = up.parent_code
                        where up.kind not in ('region', 'city_of_republican_significance', 'country'))
                select up.code, count(*) as n from incident i join up on up.start = i.place_code
                where i.workflow_state = 'published' and up.kind in ('region', 'city_of_republican_significance')
                group by up.code""").query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getString("code"), rs.getLong("n"));
                });
        return jdbc.sql("select code, name_" + l + " as name from place "
                        + "where kind in ('region', 'city_of_republican_significance') order by code")
                .query((rs, n) -> {
                    int[] at = GRID.getOrDefault(rs.getString("code"), new int[] {5, 6});
                    return new Tile(rs.getString("code"), rs.getString("name"), at[0], at[1],
                            counts.getOrDefault(rs.getString("code"), 0L));
                }).list();
    }

    static YearMonth thisMonth() {
        return YearMonth.from(LocalDate.now());
    }

    private static Map<String, int[]> grid() {
        Map<String, int[]> grid = new LinkedHashMap<>();
        grid.put("kz-kostanay-region", new int[] {0, 2});
        grid.put("kz-north-kazakhstan-region", new int[] {0, 3});
        grid.put("kz-pavlodar-region", new int[] {0, 4});
        grid.put("kz-west-kazakhstan-region", new int[] {1, 0});
        grid.put("kz-aktobe-region", new int[] {1, 1});
        grid.put("kz-ulytau-region", new int[] {1, 2});
        grid.put("kz-akmola-region", new int[] {1, 3});
        grid.put("kz-astana", new int[] {1, 4});
        grid.put("kz-abai-region", new int[] {1, 5});
        grid.put("kz-east-kazakhstan-region", new int[] {1, 6});
        grid.put("kz-atyrau-region", new int[] {2, 0});
        grid.put("kz-kyzylorda-region", new int[] {2, 2});
        grid.put("kz-karaganda-region", new int[] {2, 3});
        grid.put("kz-jetisu-region", new int[] {2, 5});
        grid.put("kz-mangystau-region", new int[] {3, 0});
        grid.put("kz-turkistan-region", new int[] {3, 2});
        grid.put("kz-jambyl-region", new int[] {3, 3});
        grid.put("kz-almaty-region", new int[] {3, 4});
        grid.put("kz-almaty", new int[] {3, 5});
        grid.put("kz-shymkent", new int[] {4, 2});
        return grid;
    }
}
