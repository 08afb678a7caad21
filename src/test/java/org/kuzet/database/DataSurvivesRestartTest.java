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

    private static JdbcTemplate jdbc(DatabaseServer server) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.username(), server.password()));
    }
}
