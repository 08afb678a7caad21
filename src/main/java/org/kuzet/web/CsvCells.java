package org.kuzet.web;

import java.util.Arrays;

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

    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
