package org.kuzet.context;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * What the context module announces of an event it wrote, inside the write's transaction; the event is given in
 * the dataset format. A dataset file announces nothing per event: its importer records the file as one change.
 */
public sealed interface ContextEventChanged extends RecordChanged {

    long id();

    @Override
    default String recordKind() {
        return "context_event";
    }

    @Override
    default String recordId() {
        return Long.toString(id());
    }

    record Recorded(long id, String actor, Map<String, Object> after) implements ContextEventChanged {
        @Override
        public String action() {
            return "context_event.recorded";
        }

        @Override
        public Object before() {
            return null;
        }
    }

    record Changed(long id, String actor, Map<String, Object> before, Map<String, Object> after)
            implements ContextEventChanged {
        @Override
        public String action() {
            return "context_event.changed";
        }
    }
}
