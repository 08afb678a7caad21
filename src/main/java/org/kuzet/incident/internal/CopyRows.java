package org.kuzet.incident.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's {@code COPY ... FROM STDIN} text format, encoded first and sent later: a bulk
 * import encodes a chunk on the thread that checks the records and leaves the thread that writes only the sending,
 * since PostgreSQL's side of the writing is the slower of the two. COPY writes every row of the chunk in one
 * statement like a multi-row insert (constraints, foreign keys and the statement triggers with their transition
 * tables all run).
 */
public final class CopyRows {

    private final String statement;
    /** The second of the last moment written, and its text: an import stamps thousands of records a second. */
    private long lastSecond = Long.MIN_VALUE;
    private String lastSecondText;
    private StringBuilder text = new StringBuilder(1 << 16);
    private byte[] encoded;
    private boolean rowStarted;
    private int rows;

    public CopyRows(String table, String columns) {
        this.statement = "copy " + table + " (" + columns + ") from stdin";
    }

    /** One row: each cell written as text ({@code toString}), null as SQL null. */
    public CopyRows row(Object... cells) {
        for (Object cell : cells) {
            cell(cell);
        }
        return end();
    }

    CopyRows cell(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Number) {
            text.append(value);
        } else if (value instanceof Instant instant) {
            instant(instant);
        } else {
            escaped(value.toString());
        }
        return this;
    }

    CopyRows end() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** Ends the rows: encoded as UTF-8 now, on the thread that wrote them; no row can follow. */
    public CopyRows seal() {
        encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        text = null;
        return this;
    }

    /** Sends the sealed rows on the connection in one COPY: PostgreSQL checks and writes them now. */
    public long send(Connection connection) throws SQLException, IOException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement,
                new ByteArrayInputStream(encoded), 1 << 16);
    }

    /** ISO 8601 in UTC, as {@link Instant#toString} but with the date and time formatted once per second. */
    private void instant(Instant instant) {
        if (instant.getEpochSecond() != lastSecond) {
            lastSecond = instant.getEpochSecond();
            String whole = instant.truncatedTo(ChronoUnit.SECONDS).toString();
            lastSecondText = whole.substring(0, whole.length() - 1);
        }
        text.append(lastSecondText);
        int nanos = instant.getNano();
        if (nanos != 0) {
            String digits = Integer.toString(nanos);
            text.append('.').append("000000000", 0, 9 - digits.length()).append(digits);
        }
        text.append('Z');
    }

    /** The text format's escapes: a backslash, and the characters that end a cell or a row. */
    private void escaped(String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > '\r' && c != '\\') {
                continue;
            }
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                text.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        text.append(value, from, value.length());
    }
}
