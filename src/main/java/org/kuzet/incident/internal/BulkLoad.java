package org.kuzet.incident.internal;

import org.kuzet.incident.Incidents;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large first load of incidents written the way pg_restore writes a dump: the incident tables' secondary indexes
 * and foreign keys (and, while few incidents are stored, the unique index of external ids) are set aside for the
 * load and made again once at its end, in the same transaction. Kept, a
 * foreign key costs a look-up of the row it refers to per written row (eleven per incident, the larger part of what
 * PostgreSQL does for an import), and an index an insertion per row; made again at the end, each foreign key is one
 * join over the tables and each index one sort. A rule the data breaks is still found, at the end instead of at the
 * row, and the whole file is refused as before. DDL in PostgreSQL is transactional, so a refused or failed import
 * leaves the indexes and keys exactly as they were.
 *
 * <p>The price: the incident tables and the tables their keys refer to (categories, places, actors, sources) are the
 * import's alone until it ends, so pages that read them wait. It is therefore only taken when the tables can be had
 * at once (otherwise the import goes row by row, as for a small file), and only for a file that brings at least
 * {@link #LEAST} incidents and more than the database holds: then making the indexes again costs less than keeping
 * them up to date.
 */
public final class BulkLoad {

    /** Fewer incidents than this are written row by row, indexes and keys kept. */
    public static final int LEAST = 10_000;

    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    /** The tables an import of incidents writes (others that refer to incident keep their keys throughout). */
    public static final String TABLES = "'{incident, incident_category, incident_victim, incident_perpetrator, "
            + "incident_source, incident_link, incident_revision}'::regclass[]";

    /** How long to wait for the tables before going row by row: a page being read ends in milliseconds. */
    private static final String LOCK_WAIT = "5s";

    /**
     * Up to this many incidents stored, their external ids are held in memory for the load and the unique index of
     * external ids is set aside too (at a million new incidents, keeping it costs a fifth of writing the incident
     * rows); with more, it stays and answers the look-ups.
     */
    static final int STORED_IN_MEMORY = 100_000;

    /** PostgreSQL's code for a deadlock, and how often the tables are asked for when one ends an attempt. */
    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 2;

    /** The load when the indexes and keys stay as they are. */
    static final BulkLoad NONE = new BulkLoad(List.of(), null);

    private final List<String> restore;
    /** The incidents stored before the load, by external id; null while the unique index answers. */
    private final Map<String, Incidents.Stored> stored;

    private BulkLoad(List<String> restore, Map<String, Incidents.Stored> stored) {
        this.restore = restore;
        this.stored = stored;
    }

    /**
     * Sets the indexes and keys aside when a file of this many incidents is worth it and the tables can be had; on
     * the transaction's connection. Any failure on the way (tables busy, a role that does not own them) undoes the
     * attempt alone and answers {@link #NONE}.
     */
    public static BulkLoad begin(Connection connection, int incidents) throws SQLException {
        return begin(connection, incidents, LOCK_WAIT);
    }

    /** As {@link #begin(Connection, int)}, waiting for the tables as long as {@code lockWait} (PostgreSQL's units). */
    public static BulkLoad begin(Connection connection, int incidents, String lockWait) throws SQLException {
        long estimate = storedEstimate(connection);
        if (incidents < LEAST || incidents <= estimate) {
            return NONE;
        }
        for (int attempt = 1; ; attempt++) {
            Savepoint before = connection.setSavepoint();
            try {
                BulkLoad load = setAside(connection, estimate, lockWait);
                connection.releaseSavepoint(before);
                return load;
            } catch (SQLException e) {
                connection.rollback(before);
                String reason = e.getMessage().lines().findFirst().orElse("");
                // A reader that took one of the tables while this load was taking the others waits for them in
                // turn: PostgreSQL ends this attempt, the reader goes on and soon lets go. Once more is enough.
                if (DEADLOCK.equals(e.getSQLState()) && attempt < ATTEMPTS) {
                    log.info("Taking the incident tables again after: {}", reason);
                    continue;
                }
                log.info("Importing {} incidents row by row with indexes and keys kept: {}", incidents, reason);
                return NONE;
            }
        }
    }

    private static BulkLoad setAside(Connection connection, long estimate, String lockWait) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("set local lock_timeout = '" + lockWait + "'");
            s.execute("lock table " + String.join(", ", tablesToLock(s)) + " in access exclusive mode");
            s.execute("set local lock_timeout = default");
            List<String> restore = new ArrayList<>();
            List<String> drop = new ArrayList<>();
            Map<String, Incidents.Stored> stored = null;
            if (estimate <= STORED_IN_MEMORY) {
                stored = storedIncidents(s);
                try (ResultSet rs = s.executeQuery("select quote_ident(conname), pg_get_constraintdef(oid) "
                        + "from pg_constraint where contype = 'u' and conrelid = 'incident'::regclass order by 1")) {
                    while (rs.next()) {
                        restore.add("alter table incident add constraint " + rs.getString(1) + " " + rs.getString(2));
                        drop.add("alter table incident drop constraint " + rs.getString(1));
                    }
                }
            }
            // the indexes first: the foreign keys are checked against the referred tables' primary keys, kept.
            // Kept too are the parts' indexes that begin with the incident id: an update of a stored incident in
            // the file reads its parts by them, and new parts come in the order of new ids, cheap to add at the end.
            try (ResultSet rs = s.executeQuery("""
                    select pg_get_indexdef(i.indexrelid), i.indexrelid::regclass::text from pg_index i
                    where i.indrelid = any(%s) and not i.indisprimary and not i.indisunique
                      and (i.indrelid = 'incident'::regclass or i.indkey[0] <> (select a.attnum from pg_attribute a
                           where a.attrelid = i.indrelid and a.attname = 'incident_id'))
                    order by 2""".formatted(TABLES))) {
                while (rs.next()) {
                    restore.add(rs.getString(1));
                    drop.add("drop index " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) from pg_constraint
                    where contype = 'f' and conrelid = any(%s) order by 1, 2""".formatted(TABLES))) {
                while (rs.next()) {
                    restore.add("alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " "
                            + rs.getString(3));
                    drop.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
                }
            }
            for (String statement : drop) {
                s.execute(statement);
            }
            return new BulkLoad(restore, stored);
        }
    }

    /** Makes the indexes and keys again; a key the loaded rows break fails here, and with it the import. */
    public void finish(Connection connection) throws SQLException {
        if (restore.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            // enough memory to sort the largest index of a million rows in one go
            s.execute("set local maintenance_work_mem = '256MB'");
            for (String statement : restore) {
                s.execute(statement);
            }
            s.execute("set local maintenance_work_mem = default");
        }
    }

    public boolean active() {
        return !restore.isEmpty();
    }

    /** Whether the incidents stored before the load are known here (see {@link #STORED_IN_MEMORY}). */
    boolean knowsStored() {
        return stored != null;
    }

    /** Those of the external ids that were stored before the load; only when {@link #knowsStored}. */
    Map<String, Incidents.Stored> storedAmong(List<String> externalIds) {
        Map<String, Incidents.Stored> among = new HashMap<>();
        for (String externalId : externalIds) {
            Incidents.Stored s = stored.get(externalId);
            if (s != null) {
                among.put(externalId, s);
            }
        }
        return among;
    }

    /** The id of the incident stored before the load under this external id; only when {@link #knowsStored}. */
    Optional<Long> storedId(String externalId) {
        return Optional.ofNullable(stored.get(externalId)).map(Incidents.Stored::id);
    }

    private static Map<String, Incidents.Stored> storedIncidents(Statement s) throws SQLException {
        Map<String, Incidents.Stored> stored = new HashMap<>();
        try (ResultSet rs = s.executeQuery("select external_id, " + Incidents.Stored.COLUMNS + " from incident "
                + "where external_id is not null")) {
            while (rs.next()) {
                stored.put(rs.getString(1), Incidents.Stored.of(rs));
            }
        }
        return stored;
    }

    /** The planner's estimate of the incidents stored: no count of a large table for a yes or no. */
    private static long storedEstimate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select greatest(reltuples, 0)::bigint from pg_class "
                     + "where oid = 'incident'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The written tables and the tables their foreign keys refer to: dropping a key takes both. */
    private static List<String> tablesToLock(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select t::regclass::text from unnest(%1$s) t
                union
                select confrelid::regclass::text from pg_constraint where contype = 'f' and conrelid = any(%1$s)
                order by 1""".formatted(TABLES))) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
