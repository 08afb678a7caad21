package org.kuzet.search.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the index reads from the database: the outbox of changed documents (search_change, filled by triggers in
 * the writing transactions) and the documents themselves, computed by the search_*_content views.
 */
@Component
class SearchRecords {

    static final int BATCH = 1_000;
    private static final int FETCH = 2_000;

    /** One noted change: which document, in which transaction. A null record id stands for the whole type. */
    record Change(long id, String type, Long recordId, long tx) {
    }

    /** The changes visible now and the position to read from next time. */
    record Changes(long nextPosition, List<Change> changes) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SearchRecords(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The xmin of the current snapshot: every transaction that commits later has an id at least this (those that
     * had committed before are visible now).
     */
    long position() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /**
     * The changes of transactions with ids from the position on, read with one snapshot whose xmin comes back.
     *
     * <p>Only the ranges of transaction ids between those still running are read: a running transaction's rows are
     * in the outbox's index but invisible, and a large import notes a million of them. Read as one range, every
     * catch-up (five a second) would visit them all to find nothing; read this way, it does not touch them.
     */
    Changes since(long position) {
        long[] next = {position};
        List<Change> changes = new ArrayList<>();
        jdbc.sql("""
                with s as materialized (select pg_current_snapshot() as snap),
                bounds as (select x::text::bigint as hi from s, pg_snapshot_xip(s.snap) x
                           union all select pg_snapshot_xmax(snap)::text::bigint from s),
                ranges as (select greatest(coalesce(lag(hi) over (order by hi) + 1, 0), :position) as lo, hi
                           from bounds)
                select (select pg_snapshot_xmin(snap)::text::bigint from s), c.id, c.doc_type, c.record_id,
                       c.tx::text::bigint
                from (select 1) one
                left join (ranges r join search_change c
                           on c.tx >= r.lo::text::xid8 and c.tx < r.hi::text::xid8) on r.lo < r.hi
                order by c.id""")
                .param("position", position)
                .query(rs -> {
                    next[0] = rs.getLong(1);
                    long id = rs.getLong(2);
                    if (!rs.wasNull()) {
                        long recordId = rs.getLong(4);
                        Long record = rs.wasNull() ? null : recordId;
                        changes.add(new Change(id, rs.getString(3), record, rs.getLong(5)));
                    }
                });
        return new Changes(next[0], changes);
    }

    /** The documents of these records of one type; a record that is gone has none. */
    List<SearchDocument> read(String type, Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            jdbc.sql("select * from " + view(type) + " where record_id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query(rs -> {
                        documents.add(SearchDocument.of(rs));
                    });
        }
        return documents;
    }

    /** Every document of a type, streamed (the whole table never sits in memory). */
    void readAll(String type, Consumer<SearchDocument> consumer) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // a cursor, fetched in parts
            try (PreparedStatement statement = connection.prepareStatement("select * from " + view(type))) {
                statement.setFetchSize(FETCH);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(SearchDocument.of(rs));
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the " + type + " documents failed", e);
        }
    }

    /** Changes older than a day are gone: an instance that far behind rebuilds its index instead. */
    int forgetOldChanges() {
        return jdbc.sql("delete from search_change where changed_at < now() - interval '1 day'").update();
    }

    private static String view(String type) {
        if (!SearchDocument.TYPES.contains(type)) {
            throw new IllegalArgumentException("no such document type: " + type);
        }
        return "search_" + type + "_content";
    }
}
