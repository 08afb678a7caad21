package org.kuzet.matching.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.kuzet.matching.TextMatchers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matchers' rows for a process that has no database: a throw-away embedded PostgreSQL is migrated exactly as
 * Kuzet's own would be, read once, and stopped. The migrations stay the only source of the data.
 */
public final class MigratedRows {

    /** Loaded on first use, once per process. */
    public static final TextMatchers SHARED = load();

    private MigratedRows() {
    }

    static TextMatchers load() {
        // What the database and Flyway log goes to standard error: a command's standard output is its JSON lines.
        PrintStream out = System.out;
        System.setOut(System.err);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource data = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(data).locations("classpath:db/migration").outOfOrder(true).load()
                    .migrate();
            return TextMatchers.read(JdbcClient.create(data));
        } catch (IOException e) {
            throw new UncheckedIOException("The database for the place and category names did not start: "
                    + e.getMessage(), e);
        } finally {
            System.setOut(out);
        }
    }
}
