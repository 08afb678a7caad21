package org.kuzet.actor;

import org.kuzet.core.RecordChanged;

/**
 * An actor was created or changed by a person (a dataset import is announced once, for its file). Before and after
 * are the record in the dataset format.
 *
 * @param verb {@code created} or {@code changed}
 */
public record ActorChanged(long id, String verb, String actor, Object before, Object after) implements RecordChanged {

    @Override
    public String recordKind() {
        return "actor";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return "actor." + verb;
    }
}
