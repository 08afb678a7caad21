package org.kuzet.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.matching.TextMatchers;

/** Loading the names without Kuzet's database: the migrated rows, and nothing written to standard output. */
class MigratedRowsTest {

    @Test
    void loadsTheMigratedRowsAndKeepsStandardOutputClean() {
        PrintStream out = System.out;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        TextMatchers loaded;
        System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
        try {
            loaded = MigratedRows.load();
        } finally {
            System.setOut(out);
        }
        assertThat(written.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(loaded.places().code("Qostanay")).contains("kz-kostanay");
        assertThat(loaded.cues().groupOf("threats")).isEqualTo("rights_violations");
    }
}
