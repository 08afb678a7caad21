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
    private final DataDirectoryLock lock;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private DatabaseServer(EmbeddedPostgres embedded, DataDirectoryLock lock, String jdbcUrl, String username,
            String password) {
        this.embedded = embedded;
        this.lock = lock;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    static DatabaseServer start(DatabaseProperties properties) {
        if (properties.external()) {
            log.info("Using the external PostgreSQL at {}", properties.url());
            return new DatabaseServer(null, null, properties.url(), properties.username(), properties.password());
        }
        try {
            if (properties.ephemeral()) {
                return started(EmbeddedPostgres.builder().setPort(properties.port()), null);
            }
            Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
            Files.createDirectories(dir.getParent());
            // a live Kuzet on this directory stops us here; only then is a running PostgreSQL a leftover
            DataDirectoryLock lock = DataDirectoryLock.take(dir.getParent());
            try {
                LeftoverServer.stopIfRunning(dir);
                log.info("Starting the embedded PostgreSQL with its data in {}", dir);
                return started(durable(EmbeddedPostgres.builder().setPort(properties.port()), dir), lock);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /** The embedded defaults are for throw-away test databases (no fsync): real data must survive a crash. */
    private static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder, Path dir) {
        return builder.setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    private static DatabaseServer started(EmbeddedPostgres.Builder builder, DataDirectoryLock lock)
            throws IOException {
        EmbeddedPostgres postgres = builder.start();
        return new DatabaseServer(postgres, lock, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
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
        try {
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
