package org.kuzet.incident;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** References as the API sends them: database ids of actors, sources and incidents. */
@Component
class ApiReferences implements References {

    private final JdbcClient jdbc;

    ApiReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> actor(String reference) {
        return existing("actor", reference);
    }

    @Override
    public Optional<Long> source(String reference) {
        return existing("source", reference);
    }

    @Override
    public Optional<Long> incident(String reference) {
        return existing("incident", reference);
    }

    @Override
    public String describe() {
        return "id";
    }

    private Optional<Long> existing(String table, String reference) {
        long id;
        try {
            id = Long.parseLong(reference);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // table is one of three constants above, never caller input
        return jdbc.sql("select id from " + table + " where id = ?").param(id).query(Long.class).optional();
    }
}
