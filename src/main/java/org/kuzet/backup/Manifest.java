package org.kuzet.backup;

import java.util.List;

/**
 * The first entry of a backup file: when it was made, the schema versions, every table with its columns and row
 * count (in restore order), and every evidence file. The rows are in {@code tables/NAME.copy} (PostgreSQL COPY
 * text format, UTF-8), the files in {@code files/SHA256}.
 */
record Manifest(int format, String createdAt, List<String> schemaVersions, List<TableEntry> tables,
                List<String> files) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    record TableEntry(String name, List<String> columns, long rows) {

        Table table() {
            return new Table(name, columns);
        }

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    static String fileEntry(String sha256) {
        return "files/" + sha256;
    }
}
