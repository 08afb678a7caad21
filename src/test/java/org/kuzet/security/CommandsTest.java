package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.cli.Cli;

/** The commands through the jar's own entry point: wrong usage is refused before any database starts. */
class CommandsTest {

    @Test
    void wrongUsageIsExitTwoWithAUsageLine() {
        assertThat(run("token-revoke", "not-a-number")).isEqualTo(2);
        assertThat(run("token-create", "only-one-argument")).isEqualTo(2);
        assertThat(run("backup")).isEqualTo(2);
        assertThat(run("restore", "/no/such/backup.zip")).isEqualTo(2);
        assertThat(run("audit-verify", "extra")).isEqualTo(2);
    }

    private static int run(String... args) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Cli.run(args);
        } finally {
            System.setErr(err);
        }
    }
}
