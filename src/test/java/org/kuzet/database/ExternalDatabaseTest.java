package org.kuzet.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** With KUZET_DB_URL set, Kuzet uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {

    @TempDir
    Path unused;

    @Test
    void anExternalUrlIsUsedAsItIsAndNoEmbeddedServerStarts() throws Exception {
        // a PostgreSQL started elsewhere stands in for the operator's server
        try (DatabaseServer operators = DatabaseServer.start(new DatabaseProperties(null, null, null, unused, true, 0))) {
            new JdbcTemplate(new DriverManagerDataSource(operators.jdbcUrl(), "postgres", ""))
                    .execute("create table marker (id int)");
            DatabaseProperties external = new DatabaseProperties(operators.jdbcUrl(), "postgres", "", unused, false, 0);
            try (DatabaseServer kuzet = DatabaseServer.start(external)) {
                assertThat(kuzet.embedded()).isFalse();
                assertThat(kuzet.jdbcUrl()).isEqualTo(operators.jdbcUrl());
                assertThat(new JdbcTemplate(new DriverManagerDataSource(kuzet.jdbcUrl(), kuzet.username(),
                        kuzet.password())).queryForObject("select count(*) from marker", Integer.class)).isZero();
            }
            assertThat(unused.resolve("postgres")).doesNotExist();
        }
    }
}
