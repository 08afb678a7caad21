package org.kuzet.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.cli.Cli;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A command run beside a live Kuzet on the same data directory (an admin revoking a stolen token while the service
 * runs) refuses at once, in one line, and the running Kuzet's database keeps answering with its data whole.
 */
class CommandsBesideAServerTest {

    @TempDir
    Path dataDir;

    @Test
    void commandsRefuseAndTheRunningDatabaseKeepsGoing() throws Exception {
        KilledKuzet.Started server = KilledKuzet.startIn(dataDir);
        try (var out = server.output()) {
            String refusal = "failed: Kuzet is running on this data directory (pid " + server.process().pid()
                    + "): stop it first, or use the web workspace";
            assertThat(run("token-revoke", "4")).isEqualTo(new Outcome(1, "", "token-revoke " + refusal + "\n"));
            assertThat(run("create-user", "night-editor", "editor"))
                    .isEqualTo(new Outcome(1, "", "create-user " + refusal + "\n"));

            assertThat(server.process().isAlive()).isTrue();
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), "postgres", ""));
            assertThat(jdbc.queryForList("select text from note", String.class)).containsExactly("before the kill");
        } finally {
            server.process().destroyForcibly().waitFor();
            DatabaseServer.start(new DatabaseProperties(null, null, null, dataDir, false, 0)).close();
        }
    }

    @Test
    void withNoKuzetRunningCommandsPrintTheirResultAndALeftoverDatabaseIsStopped() throws Exception {
        Outcome created = run("create-user", "night-editor", "editor");
        assertThat(created.code()).isZero();
        assertThat(created.out()).startsWith("Created editor 'night-editor' with password: ").hasLineCount(1);
        // the first start of a data directory writes its master key beside it, and says so in one line
        assertThat(created.err().lines().filter(l -> !l.contains("NEW MASTER KEY"))).as("no framework log").isEmpty();

        KilledKuzet.Started crashed = KilledKuzet.startIn(dataDir);
        try (var out = crashed.output()) {
            crashed.process().destroyForcibly().waitFor(); // its PostgreSQL is left over: the command may stop it
            Outcome revoke = run("token-revoke", "4");
            assertThat(revoke.code()).isEqualTo(1);
            assertThat(revoke.err()).contains("left running by an earlier Kuzet").endsWith("id: no live token 4\n");
        }
    }

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String... command) {
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--kuzet.db.data-dir=" + dataDir;
        args[command.length + 1] = "--kuzet.db.ephemeral=false";
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Cli.run(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
