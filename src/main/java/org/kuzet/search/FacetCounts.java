package org.kuzet.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many of the documents a request finds have each value of each facet, in one statement: the matching rows
 * are read once into a materialised set and counted per facet from there. Counted over the same condition as the
 * hits, so the public's counts include only published documents matched on public text.
 */
final class FacetCounts {

    private final JdbcClient jdbc;

    FacetCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Map<String, Long>> count(MatchCondition condition) {
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner counts = new StringJoiner("\nunion all ");
        for (Facet facet : Facet.values()) {
            columns.add("d." + facet.column());
            if (facet.multiValued()) {
                counts.add("select '" + facet.parameter() + "', v, count(*) from m cross join unnest(m." + facet.column()
                        + ") v group by v");
            } else {
                counts.add("select '" + facet.parameter() + "', " + facet.column() + "::text, count(*) from m where "
                        + facet.column() + " is not null group by " + facet.column());
            }
        }
        String sql = "with m as materialized (select " + columns + " from search_document d where " + condition.where()
                + ")\n" + counts;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), new LinkedHashMap<>());
        }
        jdbc.sql(sql).params(condition.parameters()).query((rs, n) -> {
            facets.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
            return null;
        }).list();
        facets.values().forEach(FacetCounts::sortByCountThenValue);
        return facets;
    }

    private static void sortByCountThenValue(Map<String, Long> counts) {
        var sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        counts.clear();
        sorted.forEach(e -> counts.put(e.getKey(), e.getValue()));
    }
}
