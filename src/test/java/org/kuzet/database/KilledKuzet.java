package org.kuzet.database;

import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A Kuzet stand-in run in its own JVM by {@link DataSurvivesRestartTest}: it starts the embedded PostgreSQL on the
 * given data directory, writes a row, says READY and waits to be killed with SIGKILL.
 */
public final class KilledKuzet {

    private KilledKuzet() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseServer server = DatabaseServer.start(new DatabaseProperties(null, null, null, Path.of(args[0]), false, 0));
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.username(),
                server.password()));
        jdbc.execute("create table note (text text)");
        jdbc.update("insert into note values ('before the kill')");
        System.out.println("READY");
        System.out.flush();
        System.in.read();
    }
}
