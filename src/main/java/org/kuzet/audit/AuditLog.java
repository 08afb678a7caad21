package org.kuzet.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kuzet.reference.Filter;
import org.kuzet.reference.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The append-only, hash-chained record of every change. Call {@link #record} inside the transaction that makes the
 * change, so that the change and its entry are committed or rolled back together:
 * <pre>{@code
 * @Transactional
 * public void publish(long id, String editor) {
 *     Map<String, Object> before = snapshot(id);
 *     ... update ...
 *     audit.record(editor, "incident.published", "incident", id, before, snapshot(id));
 * }
 * }</pre>
 * Entries are written one at a time (a transaction-scoped advisory lock), so the chain never forks; the lock is held
 * until the caller's transaction ends, which keeps audited writes short by design.
 */
@Component
public class AuditLog {

    /** Arbitrary but fixed: the advisory lock that orders writers of the chain. */
    private static final long CHAIN_LOCK = 0x4b757a6574L;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Appends an entry. {@code before} and {@code after} are any values Jackson can write (a Map, a record, a
     * JsonNode) or null; {@code entityId} is written with toString. Must run inside a transaction.
     *
     * @return the entry as stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String actor, String action, String entityType, Object entityId, Object before,
                             Object after) {
        require("actor", actor);
        require("action", action);
        require("entity_type", entityType);
        if (entityId == null) {
            throw new IllegalArgumentException("entity_id: must be given");
        }
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) locked").param(CHAIN_LOCK)
                .query(Integer.class).single();
        List<Object[]> last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        long seq = last.isEmpty() ? 1 : (long) last.get(0)[0] + 1;
        String prevHash = last.isEmpty() ? AuditHash.GENESIS : (String) last.get(0)[1];
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String beforeJson = canonical(before);
        String afterJson = canonical(after);
        String id = entityId.toString();
        String hash = AuditHash.of(prevHash, seq, now, actor, action, entityType, id, beforeJson, afterJson);
        long rowId = jdbc.sql("""
                        insert into audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, before, after,
                                                 prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?) returning id""")
                .params(seq, now.atOffset(ZoneOffset.UTC), actor, action, entityType, id, beforeJson, afterJson,
                        prevHash, hash)
                .query(Long.class).single();
        return new AuditEntry(rowId, seq, now, actor, action, entityType, id, beforeJson, afterJson, prevHash, hash);
    }

    /** An entity's history, oldest first. */
    public List<AuditEntry> history(String entityType, String entityId) {
        return jdbc.sql(AuditEntries.SELECT + " where entity_type = ? and entity_id = ? order by seq")
                .params(entityType, entityId).query(AuditEntries::map).list();
    }

    /** The entries a reader asked for, newest first. */
    public Paging.Page<AuditEntry> search(AuditQuery query, Paging paging) {
        Filter filter = query.filter();
        long total = jdbc.sql("select count(*) from audit_entry" + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql(AuditEntries.SELECT + filter.where()
                        + " order by seq desc limit :limit offset :offset")
                .params(filter.params()).param("limit", paging.size()).param("offset", paging.offset())
                .query(AuditEntries::map).list();
        return paging.page(entries, total);
    }

    /** The JSON text PostgreSQL will give back for this value, so that the hash can be recomputed from the table. */
    private String canonical(Object value) {
        if (value == null) {
            return null;
        }
        String text = json.writeValueAsString(value);
        return jdbc.sql("select cast(? as jsonb)::text").param(text).query(String.class).single();
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
    }
}
