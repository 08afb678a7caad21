package org.kuzet.statement;

import org.kuzet.core.RecordChanged;

/**
 * A statement was created or changed by a person (a dataset import is announced once, for its file). Before and after
 * are the record in the dataset format.
 *
 * @param verb {@code created} or {@code changed}
 */
public record StatementChanged(long id, String verb, String actor, Object before, Object after) implements RecordChanged {

    @Override
    public String recordKind() {
        return "statement";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return "statement." + verb;
    }
}
