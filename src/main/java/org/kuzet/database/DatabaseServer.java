package org.kuzet.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL Kuzet talks to: an external one, or its own embedded server that it starts and stops. */
public final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private final EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private DatabaseServer(EmbeddedPostgres embedded, String jdbcUrl, String username, String password) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    static DatabaseServer start(DatabaseProperties properties) {
        if (properties.external()) {
            log.info("Using the external PostgreSQL at {}", properties.url());
            return new DatabaseServer(null, properties.url(), properties.username(), properties.password());
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
            if (!properties.ephemeral()) {
                Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
                Files.createDirectories(dir.getParent());
                LeftoverServer.stopIfRunning(dir);
                // the embedded defaults are for throw-away test databases (no fsync): real data must survive a crash
                builder.setDataDirectory(dir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                log.info("Starting the embedded PostgreSQL with its data in {}", dir);
            }
            EmbeddedPostgres postgres = builder.start();
            return new DatabaseServer(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
