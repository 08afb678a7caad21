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
        KilledKuzet.Started kuzet = KilledKuzet.startIn(dataDir);
        try (var out = kuzet.output()) {
            kuzet.process().destroyForcibly().waitFor(); // SIGKILL: its PostgreSQL lives on and holds the data directory
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
