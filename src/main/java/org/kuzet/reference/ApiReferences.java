package org.kuzet.reference;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** References in API request bodies: a database id (number) or an external id (string). */
@Component
public class ApiReferences implements References {

    private static final Map<String, String> TABLES = Map.of("actors", "actor", "sources", "source",
            "incidents", "incident", "statements", "statement", "context_events", "context_event");

    private final JdbcClient jdbc;

    ApiReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> find(String section, JsonNode value) {
        String table = TABLES.get(section);
        if (table == null || value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return jdbc.sql("select id from " + table + " where id = ?").param(value.longValue())
                    .query(Long.class).optional();
        }
        if (value.isString()) {
            return jdbc.sql("select id from " + table + " where external_id = ?").param(value.stringValue())
                    .query(Long.class).optional();
        }
        return Optional.empty();
    }
}
