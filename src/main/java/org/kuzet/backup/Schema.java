package org.kuzet.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database holds, read from PostgreSQL's catalogue so that every feature's tables are included without
 * being listed here: the tables in an order where every table comes after the tables it references, the schema
 * versions Flyway applied, and which tables hold only reference data that migrations put there.
 */
final class Schema {

    static final String HISTORY = "flyway_schema_history";
    private static final Set<String> REFERENCE = Set.of(HISTORY, "taxonomy_version", "category", "category_cue",
            "place", "place_alias", "spelling_state");

    private Schema() {
    }

    /** Every table except Flyway's history, parents before children. */
    static List<Table> tables(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and a.attgenerated = '' and c.relname <> ?
                order by c.relname, a.attnum""")) {
            statement.setString(1, HISTORY);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid
                join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = current_schema()""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                parents.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Set<String> waiting = new TreeSet<>(columns.keySet());
        while (!waiting.isEmpty()) {
            String next = waiting.stream()
                    .filter(t -> parents.getOrDefault(t, Set.of()).stream()
                            .allMatch(p -> p.equals(t) || placed.contains(p) || !columns.containsKey(p)))
                    .findFirst().orElse(waiting.iterator().next());
            waiting.remove(next);
            placed.add(next);
            ordered.add(new Table(next, List.copyOf(columns.get(next))));
        }
        return ordered;
    }

    /** The migrations applied, in order: a backup restores only into a database at the same versions. */
    static List<String> versions(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select version from " + HISTORY
                + " where success and version is not null order by installed_rank");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        versions.sort(Schema::compareVersions);
        return versions;
    }

    /**
     * Whether the table holds only what migrations put there (taxonomy, gazetteer). A feature marks its own such
     * tables with {@code comment on table x is 'reference data: ...'}.
     */
    static boolean reference(Connection connection, String table) throws SQLException {
        if (REFERENCE.contains(table)) {
            return true;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(obj_description(to_regclass(?), 'pg_class'), '') ilike 'reference%'")) {
            statement.setString(1, Table.quote(table));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
