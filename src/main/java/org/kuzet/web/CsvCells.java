package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;

/**
 * Cells of every CSV Kuzet writes: a cell starting with =, +, -, @, a tab or a carriage return would be taken by a
 * spreadsheet program as a formula (an incident titled {@code =HYPERLINK(...)} becomes a link that leaks whatever
 * the formula reads), so such a cell gets a leading single quote, as OWASP advises. Numbers are cells too: none
 * should be negative, and one that is is shown, not computed.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The row's cells as text, each neutralised; a null cell stays empty. */
    public static Object[] row(Object... cells) {
        return Arrays.stream(cells).map(CsvCells::cell).toArray();
    }

    /**
     * Answers with a CSV file of that name and gives the writer to print it with; the byte order mark comes first
     * so that spreadsheet programs read the Cyrillic as UTF-8.
     */
    public static Writer download(HttpServletResponse response, String fileName) throws IOException {
        answerAsFile(response, fileName);
        return writer(response.getOutputStream());
    }

    /** Says the answer is a CSV file of that name (what {@link #download} does before the writing). */
    public static void answerAsFile(HttpServletResponse response, String fileName) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + fileName);
    }

    /** A writer of CSV text into the stream, its byte order mark written first. */
    public static Writer writer(java.io.OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return writer;
    }

    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
