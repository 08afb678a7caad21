package org.kuzet.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.cli.Cli;

/**
 * keys-rotate through the jar's entry point, on a persistent data directory: the first start writes the master key
 * beside the data directory and says so; the command replaces it, leaving one key, the new one.
 */
class KeysRotateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartWritesTheKeyBesideTheDataAndKeysRotateReplacesIt() {
        Path data = dir.resolve("data");
        Path keyFile = dir.resolve("data.master-key");

        Outcome first = run("keys-rotate", data);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("NEW MASTER KEY for confidential fields written to " + keyFile);
        assertThat(first.out()).contains("re-wrapped under the new master key");
        assertThat(keyFile).exists();
        assertThat(data.resolve("data.master-key")).doesNotExist();
        MasterKeys once = MasterKeys.read(keyFile);
        assertThat(once.byId()).hasSize(1);

        Outcome again = run("keys-rotate", data);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).as("the key was there: no new-key line").doesNotContain("NEW MASTER KEY");
        MasterKeys twice = MasterKeys.read(keyFile);
        assertThat(twice.byId()).hasSize(1);
        assertThat(twice.currentId()).isNotEqualTo(once.currentId());
        assertThat(again.out()).contains(twice.currentId());
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String command, Path data) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Cli.run(new String[] {command, "--kuzet.db.data-dir=" + data, "--kuzet.db.ephemeral=false",
                    "--kuzet.search.ephemeral=true"});
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
