package org.kuzet.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL that decides which search documents a request finds, and how well each matches. Everything the user
 * typed goes in as a bind parameter. A public request reads published documents and their public vector only: the
 * staff vector never appears in its SQL, so confidential text cannot match, count or rank.
 */
final class MatchCondition {

    private final String where;
    private final String rank;
    private final Map<String, Object> parameters;

    private MatchCondition(String where, String rank, Map<String, Object> parameters) {
        this.where = where;
        this.rank = rank;
        this.parameters = Map.copyOf(parameters);
    }

    /** @param corrections for a part (by index), the known names its misspelt word is also looked up as */
    static MatchCondition of(SearchRequest request, QueryText query, Map<Integer, List<String>> corrections) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(request.audience() == Audience.PUBLIC ? "d.published" : "true");
        String rank = "0.0";
        if (!query.isEmpty()) {
            String tsquery = tsquery(query, corrections, parameters);
            if (request.audience() == Audience.PUBLIC) {
                where.append(" and d.public_tsv @@ ").append(tsquery);
                rank = "ts_rank(d.public_tsv, " + tsquery + ")";
            } else {
                where.append(" and (d.public_tsv @@ ").append(tsquery)
                        .append(" or d.staff_tsv @@ ").append(tsquery).append(")");
                rank = "(ts_rank(d.public_tsv, " + tsquery + ") + coalesce(ts_rank(d.staff_tsv, " + tsquery + "), 0))";
            }
        }
        request.filters().forEach((facet, value) -> {
            String name = "f_" + facet.parameter();
            if (facet.multiValued()) {
                where.append(" and d.").append(facet.column()).append(" @> array[cast(:").append(name).append(" as text)]");
                parameters.put(name, value);
            } else if (facet.numeric()) {
                where.append(" and d.").append(facet.column()).append(" = :").append(name);
                parameters.put(name, Integer.parseInt(value));
            } else {
                where.append(" and d.").append(facet.column()).append(" = :").append(name);
                parameters.put(name, value);
            }
        });
        return new MatchCondition(where.toString(), rank, parameters);
    }

    /**
     * The tsquery as a scalar subquery: evaluated once per statement. As a bare expression it would be folded to a
     * constant in a custom plan, but be parsed again for every row in a generic plan of a prepared statement
     * (the JDBC driver prepares statements it sees often), which made broad queries several times slower.
     */
    private static String tsquery(QueryText query, Map<Integer, List<String>> corrections, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("(select (");
        List<QueryText.Part> parts = query.parts();
        for (int i = 0; i < parts.size(); i++) {
            QueryText.Part part = parts.get(i);
            if (i > 0) {
                sql.append(" && ");
            }
            sql.append('(').append(part.phrase() ? "search_phrase_query" : "search_word_query")
                    .append("(:t").append(i).append(", :k").append(i).append(')');
            parameters.put("t" + i, part.text());
            parameters.put("k" + i, part.folded());
            List<String> alternatives = corrections.getOrDefault(i, List.of());
            for (int j = 0; j < alternatives.size(); j++) {
                String name = "c" + i + "_" + j;
                sql.append(" || plainto_tsquery('simple', :").append(name).append(')');
                parameters.put(name, alternatives.get(j));
            }
            sql.append(')');
        }
        return sql.append("))").toString();
    }

    String where() {
        return where;
    }

    String rank() {
        return rank;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
