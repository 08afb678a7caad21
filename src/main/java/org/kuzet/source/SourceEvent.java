package org.kuzet.source;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * What the source module announces of a source it wrote, inside the write's transaction: {@code recorded} (before is
 * null) or {@code changed}, with the record in the dataset format. A dataset file announces nothing per source: its
 * importer records the file as one change.
 */
public record SourceEvent(String verb, long id, String actor, Map<String, Object> before, Map<String, Object> after)
        implements RecordChanged {

    static SourceEvent recorded(long id, String actor, Map<String, Object> after) {
        return new SourceEvent("recorded", id, actor, null, after);
    }

    static SourceEvent changed(long id, String actor, Map<String, Object> before, Map<String, Object> after) {
        return new SourceEvent("changed", id, actor, before, after);
    }

    @Override
    public String recordKind() {
        return "source";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return recordKind() + "." + verb;
    }
}
