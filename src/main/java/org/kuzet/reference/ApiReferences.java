package org.kuzet.reference;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * References in API requests: a database id (number) or an external id (string). A form field holds either as
 * text: an external id when a record has it, else a database id when the text is a number.
 */
@Component
public class ApiReferences implements References {

    private static final Map<String, String> TABLES = Map.of("actors", "actor", "sources", "source",
            "incidents", "incident", "statements", "statement", "context_events", "context_event",
            "legal_cases", "legal_case");

    private final JdbcClient jdbc;

    ApiReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> find(String section, JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return byId(section, value.longValue());
        }
        return value.isString() ? byExternalId(section, value.stringValue()) : Optional.empty();
    }

    @Override
    public Optional<Long> find(String section, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Optional<Long> byExternalId = byExternalId(section, reference);
        if (byExternalId.isPresent() || !reference.matches("\\d{1,18}")) {
            return byExternalId;
        }
        return byId(section, Long.parseLong(reference));
    }

    @Override
    public String kind() {
        return "id_or_external_id";
    }


    private Optional<Long> byId(String section, long id) {
        return lookup(section, "id", id);
    }

    private Optional<Long> byExternalId(String section, String externalId) {
        return lookup(section, "external_id", externalId);
    }

    private Optional<Long> lookup(String section, String column, Object value) {
        String table = TABLES.get(section);
        if (table == null) {
            return Optional.empty();
        }
        // table and column are constants of this class, never caller input
        return jdbc.sql("select id from " + table + " where " + column + " = ?").param(value)
                .query(Long.class).optional();
    }
}
