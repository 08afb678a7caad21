package org.kuzet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads entries back from the table, with the JSON in jsonb's own text form. */
final class AuditEntries {

    static final String SELECT = "select id, seq, recorded_at, actor, action, entity_type, entity_id, before::text "
            + "as before, after::text as after, prev_hash, hash from audit_entry";

    private AuditEntries() {
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getLong("seq"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("before"), rs.getString("after"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
