package org.kuzet.incident;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format), written as they are
 * produced through a buffer of 64 KB rather than built into one string. COPY writes every row of the chunk in one
 * statement like a multi-row insert (constraints, foreign keys and the statement triggers with their transition
 * tables all run), without the cost of sending each column as an array and unnesting it.
 */
final class CopyRows implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final PGCopyOutputStream copy;
    private final Writer out;
    private boolean rowStarted;
    private boolean finished;

    /** Starts {@code copy table (columns) from stdin} on the connection of the current transaction. */
    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin", BUFFER);
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER);
    }

    /** One row: each cell written as text ({@code toString}), null as SQL null. */
    CopyRows row(Object... cells) throws IOException {
        for (Object cell : cells) {
            cell(cell);
        }
        return end();
    }

    CopyRows cell(Object value) throws IOException {
        if (rowStarted) {
            out.write('\t');
        }
        rowStarted = true;
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof Number) {
            out.write(value.toString());
        } else {
            escaped(value.toString());
        }
        return this;
    }

    CopyRows end() throws IOException {
        out.write('\n');
        rowStarted = false;
        return this;
    }

    /** Sends what is left and ends the COPY: PostgreSQL checks and writes the rows now; answers how many. */
    long finish() throws IOException, SQLException {
        out.flush();
        finished = true;
        return copy.endCopy();
    }

    /** A COPY left unfinished (an exception while producing its rows) is cancelled: nothing of it is written. */
    @Override
    public void close() throws IOException {
        if (!finished && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }

    /** The text format's escapes: a backslash, and the characters that end a cell or a row. */
    private void escaped(String text) throws IOException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                out.write(text, from, i - from);
                out.write(escape);
                from = i + 1;
            }
        }
        out.write(text, from, text.length() - from);
    }
}
