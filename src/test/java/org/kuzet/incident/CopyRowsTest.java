package org.kuzet.incident;

import org.kuzet.incident.internal.CopyRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What {@link CopyRows} encodes, PostgreSQL reads back as it was: moments, dates, numbers, nulls, awkward text. */
@SpringBootTest
@Transactional
class CopyRowsTest {

    @Autowired
    JdbcTemplate template;

    @Test
    void everyValueComesBackAsItWasWritten() {
        Instant now = Instant.parse("2026-11-23T12:34:56.123456Z");
        List<Instant> moments = List.of(now, now.plusNanos(1_000), now.truncatedTo(ChronoUnit.SECONDS),
                now.plusSeconds(1), Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("2000-02-29T00:00:00Z"),
                now.plusNanos(7_000));
        List<String> texts = List.of("plain", "tab\there", "line\nbreak\r\nagain", "back\\slash \\N", "Азаттық",
                "\\", "");
        List<String> read = template.execute((ConnectionCallback<List<String>>) con -> {
            try (Statement s = con.createStatement()) {
                s.execute("create temp table copy_check (n int, at timestamptz, day date, t text) on commit drop");
            }
            CopyRows rows = new CopyRows("copy_check", "n, at, day, t");
            for (int i = 0; i < moments.size(); i++) {
                rows.row(i, moments.get(i), LocalDate.of(2024, 2, 29), texts.get(i));
            }
            rows.row(moments.size(), null, null, null);
            try {
                assertThat(rows.seal().send(con)).isEqualTo(moments.size() + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> back = new ArrayList<>();
            try (Statement s = con.createStatement();
                 ResultSet rs = s.executeQuery("select n, at, day, t from copy_check order by n")) {
                while (rs.next()) {
                    Instant at = rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant();
                    back.add(rs.getInt(1) + "|" + at + "|" + rs.getObject(3, LocalDate.class) + "|" + rs.getString(4));
                }
            }
            return back;
        });
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            expected.add(i + "|" + moments.get(i) + "|2024-02-29|" + texts.get(i));
        }
        expected.add(moments.size() + "|null|null|null");
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
