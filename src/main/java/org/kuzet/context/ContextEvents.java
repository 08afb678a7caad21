package org.kuzet.context;

import org.kuzet.context.internal.ContextEventWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Context events as other modules record them (archived reports): by the API's rules, each write announced. */
@Component
public class ContextEvents {

    private final ContextEventWriter writer;

    ContextEvents(ContextEventWriter writer) {
        this.writer = writer;
    }

    /**
     * Records a context event by the API's rules: the fields are those of the API's body ({@code date},
     * {@code place}, {@code kind}, {@code title}, {@code description}, {@code url}, {@code source} as an id).
     *
     * @param by the account (or {@code cli:<user>}) recording it
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    public long record(JsonNode fields, String by) {
        return writer.record(fields, by);
    }
}
