package org.kuzet.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A Kuzet stand-in run in its own JVM by {@link DataSurvivesRestartTest} and {@link CommandsBesideAServerTest}: it
 * starts the embedded PostgreSQL on the given data directory, writes a row, says READY and its database's address,
 * and waits to be killed with SIGKILL.
 */
public final class KilledKuzet {

    private KilledKuzet() {
    }

    /** The stand-in, running and ready: its process, its database's JDBC URL, and its output (kept open). */
    record Started(Process process, String jdbcUrl, BufferedReader output) {
    }

    /** Starts the stand-in on a data directory and waits until its row is written. */
    static Started startIn(Path dataDir) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process kuzet = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledKuzet.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(kuzet.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
            // start-up logging; wait for the row to be written
        }
        if (line == null) {
            throw new IllegalStateException("the stand-in Kuzet ended before it was ready");
        }
        return new Started(kuzet, line.substring("READY ".length()), out);
    }

    public static void main(String[] args) throws Exception {
        DatabaseServer server = DatabaseServer.start(new DatabaseProperties(null, null, null, Path.of(args[0]), false, 0));
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.username(),
                server.password()));
        jdbc.execute("create table note (text text)");
        jdbc.update("insert into note values ('before the kill')");
        System.out.println("READY " + server.jdbcUrl());
        System.out.flush();
        System.in.read();
    }
}
