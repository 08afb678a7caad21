package org.kuzet.statement;

import org.kuzet.actor.Actors;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.JsonRecord;
import org.kuzet.core.Today;
import org.kuzet.statement.internal.StatementInput;
import org.kuzet.statement.internal.StatementStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Official replies as other features' pages record them. */
@Component
public class Statements {

    private final StatementStore store;
    private final ApiReferences references;
    private final Actors actors;

    Statements(StatementStore store, ApiReferences references, Actors actors) {
        this.store = store;
        this.references = references;
        this.actors = actors;
    }

    /**
     * Records an official reply by the same rules as the API; the fields are those of the API's body
     * ({@code speaker_name}, {@code speaker_role}, {@code date}, {@code stance}, {@code summary}, {@code quote},
     * {@code url}, {@code incidents}).
     *
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    public long record(JsonNode fields) {
        JsonRecord record = new JsonRecord(fields, StatementInput.FIELDS);
        StatementInput input = StatementInput.read(record, references, actors::name,
                java.time.LocalDate.now(Today.CLOCK));
        record.throwIfInvalid();
        return store.add(input);
    }
}
