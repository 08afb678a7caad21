package org.kuzet.source;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * What the source module announces of a source it wrote, inside the write's transaction; the source is given in
 * the dataset format. A dataset file announces nothing per source: its importer records the file as one change.
 */
public sealed interface SourceEvent extends RecordChanged {

    long id();

    @Override
    default String recordKind() {
        return "source";
    }

    @Override
    default String recordId() {
        return Long.toString(id());
    }

    record Recorded(long id, String actor, Map<String, Object> after) implements SourceEvent {
        @Override
        public String action() {
            return "source.recorded";
        }

        @Override
        public Object before() {
            return null;
        }
    }

    record Changed(long id, String actor, Map<String, Object> before, Map<String, Object> after)
            implements SourceEvent {
        @Override
        public String action() {
            return "source.changed";
        }
    }
}
