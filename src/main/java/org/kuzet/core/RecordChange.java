package org.kuzet.core;

/**
 * A change to a record of a kind whose owner needs no event type of its own (a source, a context event): the record
 * was {@code recorded} (before is null) or {@code changed}, with the record before and after.
 */
public record RecordChange(String recordKind, long id, String verb, String actor, Object before, Object after)
        implements RecordChanged {

    public static RecordChange recorded(String kind, long id, String actor, Object after) {
        return new RecordChange(kind, id, "recorded", actor, null, after);
    }

    public static RecordChange changed(String kind, long id, String actor, Object before, Object after) {
        return new RecordChange(kind, id, "changed", actor, before, after);
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return recordKind + "." + verb;
    }
}
