package org.kuzet.incident.internal;

import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals the incidents' confidential values stored before encryption: confidential notes, victims' contacts, and
 * the same two inside the snapshots of published versions. Entries already in the audit log stay as they were
 * written (the log is append-only and chained; docs/security.md, known limits).
 */
@Component
class IncidentSealing implements SealsExisting {

    private static final String PLAIN = " is not null and %s not like '" + FieldCipher.PREFIX + "%%'";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IncidentSealing(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public int sealExisting(FieldCipher cipher) {
        int sealed = 0;
        for (Plain row : plain("select id, confidential_notes from incident where confidential_notes"
                + PLAIN.formatted("confidential_notes"))) {
            sealed += jdbc.sql("update incident set confidential_notes = ? where id = ?")
                    .params(cipher.seal("incident", row.value()), row.id()).update();
        }
        for (Plain row : plain("select id, contact from incident_victim where contact" + PLAIN.formatted("contact"))) {
            sealed += jdbc.sql("update incident_victim set contact = ? where id = ?")
                    .params(cipher.seal("victim", row.value()), row.id()).update();
        }
        List<Snapshot> snapshots = jdbc.sql("""
                        select incident_id, revision, snapshot::text from incident_revision
                        where (snapshot->>'confidential_notes') not like 'kzc1:%'
                           or exists (select 1 from json_array_elements(case when json_typeof(snapshot->'victims')
                                          = 'array' then snapshot->'victims' else '[]'::json end) v
                                      where (v->>'contact') not like 'kzc1:%')""")
                .query((rs, n) -> new Snapshot(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
        for (Snapshot snapshot : snapshots) {
            JsonNode tree = json.readTree(snapshot.text());
            if (sealIn(tree, cipher)) {
                sealed += jdbc.sql("update incident_revision set snapshot = ?::json where incident_id = ? and revision = ?")
                        .params(json.writeValueAsString(tree), snapshot.incidentId(), snapshot.revision()).update();
            }
        }
        return sealed;
    }

    private List<Plain> plain(String sql) {
        return jdbc.sql(sql).query((rs, n) -> new Plain(rs.getLong(1), rs.getString(2))).list();
    }

    private static boolean sealIn(JsonNode tree, FieldCipher cipher) {
        boolean changed = false;
        if (tree instanceof ObjectNode incident) {
            changed = seal(incident, "confidential_notes", "incident", cipher);
            if (incident.get("victims") instanceof ArrayNode victims) {
                for (JsonNode v : victims) {
                    if (v instanceof ObjectNode victim) {
                        changed |= seal(victim, "contact", "victim", cipher);
                    }
                }
            }
        }
        return changed;
    }

    private static boolean seal(ObjectNode record, String field, String kind, FieldCipher cipher) {
        JsonNode value = record.get(field);
        if (value == null || !value.isString() || FieldCipher.sealed(value.asString())) {
            return false;
        }
        record.put(field, cipher.seal(kind, value.asString()));
        return true;
    }

    private record Plain(long id, String value) {
    }

    private record Snapshot(long incidentId, int revision, String text) {
    }
}
