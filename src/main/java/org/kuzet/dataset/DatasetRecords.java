package org.kuzet.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The records of one section of a dataset file, read from the file again each time they are walked: a section of
 * a million incidents is never held in memory whole, only one record at a time. The file's shape (an object of
 * arrays of objects) was checked before, so walking it meets no surprise.
 */
public final class DatasetRecords {

    /** What is done with each record, with its position in the section. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int index, JsonNode record);
    }

    private final Supplier<JsonParser> file;
    private final String section;
    private final int size;
    private final List<JsonNode> inMemory;

    public DatasetRecords(Supplier<JsonParser> file, String section, int size) {
        this.file = file;
        this.section = section;
        this.size = size;
        this.inMemory = null;
    }

    private DatasetRecords(List<JsonNode> records) {
        this.file = null;
        this.section = null;
        this.size = records.size();
        this.inMemory = records;
    }

    /** Records given in memory (a section's own tests, small files). */
    public static DatasetRecords of(List<JsonNode> records) {
        return new DatasetRecords(records);
    }

    public int size() {
        return size;
    }

    /** Reads the section from the file and hands each record, in file order, to the visitor. */
    public void forEach(Visitor visitor) {
        if (inMemory != null) {
            for (int i = 0; i < inMemory.size(); i++) {
                visitor.visit(i, inMemory.get(i));
            }
            return;
        }
        try (JsonParser parser = atSection()) {
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                visitor.visit(index++, parser.readValueAsTree());
            }
        }
    }

    /** A parser of the file standing at the start of this section's array (or at the file's end without one). */
    private JsonParser atSection() {
        JsonParser parser = file.get();
        parser.nextToken(); // the file's object
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals(section)) {
                return parser;
            }
            parser.skipChildren();
        }
        return parser;
    }

    /**
     * The {@code external_id} of every record that gives one as a string, read from the file without building the
     * records (a pass that only looks for one key): what a section needs to know of records further down.
     */
    public Set<String> externalIds() {
        Set<String> ids = new HashSet<>();
        if (inMemory != null) {
            for (JsonNode record : inMemory) {
                JsonNode id = record.get("external_id");
                if (id != null && id.isString()) {
                    ids.add(id.stringValue());
                }
            }
            return ids;
        }
        try (JsonParser parser = atSection()) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean isId = parser.currentName().equals("external_id");
                    if (parser.nextToken() == JsonToken.VALUE_STRING && isId) {
                        ids.add(parser.getString());
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return ids;
    }

    /** Every record in memory at once: for the sections whose files stay small (actors, sources, cases...). */
    public List<JsonNode> list() {
        if (inMemory != null) {
            return inMemory;
        }
        List<JsonNode> all = new ArrayList<>(size);
        forEach((index, record) -> all.add(record));
        return all;
    }
}
