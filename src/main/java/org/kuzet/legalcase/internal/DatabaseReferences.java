package org.kuzet.legalcase.internal;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Resolves a case's references against the database, or through an import run's resolver for external ids. */
public final class DatabaseReferences implements CaseReferences {

    private final JdbcClient jdbc;
    private final Function<String, Optional<Long>> actors;
    private final Function<String, Optional<Long>> incidents;

    DatabaseReferences(JdbcClient jdbc, Function<String, Optional<Long>> actors,
            Function<String, Optional<Long>> incidents) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.incidents = incidents;
    }

    public static DatabaseReferences of(JdbcClient jdbc) {
        return new DatabaseReferences(jdbc, ext -> byExternalId(jdbc, "actor", ext),
                ext -> byExternalId(jdbc, "incident", ext));
    }

    private static Optional<Long> byExternalId(JdbcClient jdbc, String table, String ext) {
        return jdbc.sql("select id from " + table + " where external_id = ?").param(ext).query(Long.class).optional();
    }

    @Override
    public Optional<Long> actor(String externalId) {
        return actors.apply(externalId);
    }

    @Override
    public Optional<Long> incident(String externalId) {
        return incidents.apply(externalId);
    }

    @Override
    public boolean actorExists(long id) {
        return jdbc.sql("select count(*) from actor where id = ?").param(id).query(Long.class).single() > 0;
    }

    @Override
    public boolean incidentExists(long id) {
        return jdbc.sql("select count(*) from incident where id = ?").param(id).query(Long.class).single() > 0;
    }

    @Override
    public Optional<String> articleKind(String code) {
        return jdbc.sql("select code_law from legal_article where code = ?").param(code).query(String.class)
                .optional();
    }
}
