package org.kuzet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.cli.Cli;

/**
 * {@code audit-verify} through the jar's entry point: it starts Kuzet without a web server on its own (throw-away)
 * database and reports the chain. This also guards that commands keep working without HTTP beans.
 */
class AuditVerifyCommandTest {

    @Test
    void aNewDatabaseHasAnIntactEmptyLog() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            exit = Cli.run(new String[] {"audit-verify"});
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit log intact: 0 entries");
    }
}
