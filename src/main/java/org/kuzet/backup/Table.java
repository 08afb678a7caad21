package org.kuzet.backup;

import java.util.List;
import java.util.stream.Collectors;

/** A table as the backup sees it: its name and the columns that hold data (generated columns are recomputed). */
record Table(String name, List<String> columns) {

    String quotedName() {
        return quote(name);
    }

    String quotedColumns() {
        return columns.stream().map(Table::quote).collect(Collectors.joining(", "));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
