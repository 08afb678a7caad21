package org.kuzet.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Kuzet was killed hard ({@code kill -9}), its embedded PostgreSQL outlives it and holds the data directory.
 * Before starting a new one, such a leftover server (named in {@code postmaster.pid}) is asked to stop: SIGTERM
 * is PostgreSQL's "smart" shutdown, which finishes cleanly. Called only while holding the
 * {@link DataDirectoryLock}: a PostgreSQL that a live Kuzet owns is never taken for a leftover.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LeftoverServer() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : pid(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        log.warn("A PostgreSQL left running by an earlier Kuzet (pid {}) holds {}: stopping it",
                server.get().pid(), dataDir);
        server.get().destroy();
        try {
            server.get().onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the leftover PostgreSQL stopped", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The PostgreSQL left running (pid " + server.get().pid() + ") did not stop within "
                    + PATIENCE.toSeconds() + " s; stop it and start Kuzet again", e);
        }
    }

    private static Optional<Long> pid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
