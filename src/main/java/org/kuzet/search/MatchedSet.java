package org.kuzet.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the documents a request matches once, into a materialised set, and takes from it both the facet counts
 * (how many have each value of each facet) and the page of hits in order. Counted over the same condition as the
 * hits, so the public's counts include only published documents matched on public text.
 */
final class MatchedSet {

    /** A hit before its title and text are fetched. */
    record Key(String type, long id, LocalDate date, double score) {
    }

    record Page(Map<String, Map<String, Long>> facets, long total, List<Key> hits) {
    }

    private final JdbcClient jdbc;

    MatchedSet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page read(MatchCondition condition, String order, int size, long offset) {
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner counts = new StringJoiner("\nunion all ");
        for (Facet facet : Facet.values()) {
            if (facet != Facet.TYPE) {
                columns.add("d." + facet.column());
            }
            if (facet.multiValued()) {
                counts.add("select 'facet', '" + facet.parameter() + "', v, count(*), null, null, null, null, null "
                        + "from m cross join unnest(m." + facet.column() + ") v group by v");
            } else {
                counts.add("select 'facet', '" + facet.parameter() + "', " + facet.column() + "::text, count(*), null, "
                        + "null, null, null, null from m where " + facet.column() + " is not null group by "
                        + facet.column());
            }
        }
        String sql = "with m as materialized (select d.doc_type, d.record_id, d.doc_date, " + condition.rank()
                + " as score, " + columns + " from search_document d where " + condition.where() + "),\n"
                + "top as (select doc_type, record_id, doc_date, score, row_number() over (order by " + order
                + ") as position from m d order by " + order + " limit :size offset :offset)\n"
                + "select 'hit', null, null, null, doc_type, record_id, doc_date, score, position from top\n"
                + "union all " + counts;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), new LinkedHashMap<>());
        }
        List<Key> hits = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        jdbc.sql(sql).params(condition.parameters()).param("size", size).param("offset", offset).query(rs -> {
            if (rs.getString(1).equals("hit")) {
                hits.add(new Key(rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getDouble(8)));
                positions.add(rs.getLong(9));
            } else {
                facets.get(rs.getString(2)).put(rs.getString(3), rs.getLong(4));
            }
        });
        facets.values().forEach(MatchedSet::sortByCountThenValue);
        long total = facets.get(Facet.TYPE.parameter()).values().stream().mapToLong(Long::longValue).sum();
        return new Page(facets, total, inOrder(hits, positions));
    }

    private static List<Key> inOrder(List<Key> hits, List<Long> positions) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            index.add(i);
        }
        index.sort((a, b) -> Long.compare(positions.get(a), positions.get(b)));
        return index.stream().map(hits::get).toList();
    }

    private static void sortByCountThenValue(Map<String, Long> counts) {
        var sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        counts.clear();
        sorted.forEach(e -> counts.put(e.getKey(), e.getValue()));
    }
}
