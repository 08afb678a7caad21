package org.kuzet.context;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * What the context module announces of an event it wrote, inside the write's transaction: {@code recorded} (before is
 * null) or {@code changed}, with the record in the dataset format. A dataset file announces nothing per event: its
 * importer records the file as one change.
 */
public record ContextEventChanged(String verb, long id, String actor, Map<String, Object> before, Map<String, Object> after)
        implements RecordChanged {

    static ContextEventChanged recorded(long id, String actor, Map<String, Object> after) {
        return new ContextEventChanged("recorded", id, actor, null, after);
    }

    static ContextEventChanged changed(long id, String actor, Map<String, Object> before, Map<String, Object> after) {
        return new ContextEventChanged("changed", id, actor, before, after);
    }

    @Override
    public String recordKind() {
        return "context_event";
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
