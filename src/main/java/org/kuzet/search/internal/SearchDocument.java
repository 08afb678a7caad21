package org.kuzet.search.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kuzet.search.Facet;

/**
 * What one record gives search, as the search_*_content views compute it: whether the public may find it, the
 * text the public may read and the text only its author and monitors up may read (never mixed), the names it
 * holds, its facet values, and its author (the account that wrote the record; null for records without one).
 */
record SearchDocument(String type, long id, boolean published, String title, LocalDate date, String publicText,
                      String staffText, String names, Map<Facet, List<String>> facets, String author) {

    /** The document types, each made by the view search_TYPE_content. */
    static final List<String> TYPES = List.of("incident", "actor", "source", "legal_case", "article");

    String key() {
        return type + ":" + id;
    }

    /** Reads a row of a search_*_content view. */
    static SearchDocument of(ResultSet rs) throws SQLException {
        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        String type = rs.getString("doc_type");
        facets.put(Facet.TYPE, List.of(type));
        one(facets, Facet.GROUP, rs.getString("group_code"));
        many(facets, Facet.CATEGORY, rs.getArray("category_codes"));
        one(facets, Facet.REGION, rs.getString("region_code"));
        one(facets, Facet.YEAR, number(rs, "year"));
        one(facets, Facet.MONTH, number(rs, "month"));
        one(facets, Facet.STATE, rs.getString("workflow_state"));
        one(facets, Facet.VERIFICATION, rs.getString("verification"));
        many(facets, Facet.VICTIM_KIND, rs.getArray("victim_kinds"));
        many(facets, Facet.PERPETRATOR_TYPE, rs.getArray("perpetrator_types"));
        many(facets, Facet.OUTLET, rs.getArray("outlets"));
        java.sql.Date date = rs.getDate("doc_date");
        return new SearchDocument(type, rs.getLong("record_id"), rs.getBoolean("published"), rs.getString("title"),
                date == null ? null : date.toLocalDate(), nonNull(rs.getString("public_text")),
                nonNull(rs.getString("staff_text")), nonNull(rs.getString("names")), facets, rs.getString("author"));
    }

    private static String number(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : Integer.toString(n);
    }

    private static void one(Map<Facet, List<String>> facets, Facet facet, String value) {
        if (value != null) {
            facets.put(facet, List.of(value));
        }
    }

    private static void many(Map<Facet, List<String>> facets, Facet facet, Array array) throws SQLException {
        if (array == null) {
            return;
        }
        Object[] values = (Object[]) array.getArray();
        if (values.length > 0) {
            facets.put(facet, java.util.Arrays.stream(values).filter(v -> v != null).map(Object::toString).toList());
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
