package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.cli.Cli;

/** {@code java -jar kuzet.jar report ...}: bad usage is refused before any database starts. */
class ReportCommandTest {

    @Test
    void wrongUsageIsRefused() {
        assertThat(Cli.run(new String[] {"report", "--month", "2024-13"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--month", "2024-03", "--year", "2024"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--quarter", "2024-03"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--month", "2024-03", "--format", "docx"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--from", "2024-03-01"})).isEqualTo(2);
    }
}
