package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.cli.Cli;

/**
 * {@code java -jar kuzet.jar report ...}: bad usage is refused before any database starts; good usage starts Kuzet
 * without a web server (here on a throw-away database) and writes the report in the format asked for.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void wrongUsageIsRefused() {
        assertThat(Cli.run(new String[] {"report", "--month", "2024-13"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--month", "2024-03", "--year", "2024"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--quarter", "2024-03"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--month", "2024-03", "--format", "docx"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--from", "2024-03-01"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--from", "2024-03-15", "--to", "2024-03-01"})).isEqualTo(2);
        assertThat(Cli.run(new String[] {"report", "--month", "2024-03", "--lang", "de"})).isEqualTo(2);
    }

    @Test
    void writesAMonthAsPdfInRussianAndARangeAsCsv() throws Exception {
        Path pdf = dir.resolve("march.pdf");
        assertThat(Cli.run(new String[] {"report", "--month", "2024-03", "--lang", "ru", "--format", "pdf", "--out",
                pdf.toString()})).isEqualTo(0);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(ReportOutputsTest.pdfText(Files.readAllBytes(pdf))).contains("март");

        Path csv = dir.resolve("range.csv");
        assertThat(Cli.run(new String[] {"report", "--from", "2024-03-01", "--to", "2024-03-15", "--format", "csv",
                "--out", csv.toString()})).isEqualTo(0);
        assertThat(Files.readString(csv)).contains("2024-03-01..2024-03-15").contains("cases.new.total");
    }
}
