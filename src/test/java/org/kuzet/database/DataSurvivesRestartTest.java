package org.kuzet.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The embedded PostgreSQL keeps its data in the data directory: what was written is there after a restart. */
class DataSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRowWrittenBeforeAStopIsReadAfterTheNextStart() throws Exception {
        DatabaseProperties properties = new DatabaseProperties(null, null, null, dataDir, false, 0);
        try (DatabaseServer first = DatabaseServer.start(properties)) {
            JdbcTemplate jdbc = jdbc(first);
            jdbc.execute("create table note (text text)");
            jdbc.update("insert into note values (?)", "Қостанай — Костанай");
        }
        try (DatabaseServer second = DatabaseServer.start(properties)) {
            assertThat(jdbc(second).queryForObject("select text from note", String.class))
                    .isEqualTo("Қостанай — Костанай");
        }
    }

    @Test
    void theDataDirectoryIsWrittenDurably() throws Exception {
        try (DatabaseServer server = DatabaseServer.start(new DatabaseProperties(null, null, null, dataDir, false, 0))) {
            assertThat(jdbc(server).queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc(server).queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftRunningByAKilledKuzetIsStoppedAndTheDataIsStillThere() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process kuzet = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledKuzet.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(kuzet.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // start-up logging; wait for the row to be written
            }
            assertThat(line).isEqualTo("READY");
            kuzet.destroyForcibly().waitFor(); // SIGKILL: its PostgreSQL lives on and holds the data directory
            try (DatabaseServer next = DatabaseServer.start(new DatabaseProperties(null, null, null, dataDir, false,
                    0))) {
                assertThat(jdbc(next).queryForObject("select text from note", String.class))
                        .isEqualTo("before the kill");
            }
        }
    }

    private static JdbcTemplate jdbc(DatabaseServer server) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.username(), server.password()));
    }
}
