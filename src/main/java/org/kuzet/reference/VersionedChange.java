package org.kuzet.reference;

import org.kuzet.api.InvalidInput;
import org.kuzet.api.OnVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change as the API received it: the record's own fields, and the version the caller says it changed, named by
 * {@code If-Match} or by the body's {@code revision} (the field every record is read with, so that a client may
 * send back what it read). The revision is taken out of the record, whose reader knows only the record's fields.
 *
 * @param record the body without its {@code revision}
 * @param version the {@code If-Match} header as sent and the body's {@code revision}, either of them null
 */
public record VersionedChange(JsonNode record, OnVersion version) {

    static final String FIELD = "revision";

    /** Reads the version out of a request; a revision that is not a whole number is bad input. */
    public static VersionedChange of(JsonNode body, String ifMatch) {
        if (body == null || !body.isObject() || !body.has(FIELD)) {
            return new VersionedChange(body, new OnVersion(ifMatch, null));
        }
        JsonNode revision = body.get(FIELD);
        if (!revision.isNull() && !(revision.isIntegralNumber() && revision.canConvertToInt())) {
            throw InvalidInput.of(FIELD, "problem.revision", revision);

        }
        ObjectNode record = ((ObjectNode) body).deepCopy();
        record.remove(FIELD);
        return new VersionedChange(record, new OnVersion(ifMatch, revision.isNull() ? null : revision.intValue()));
    }

    /**
     * A change made on whatever version is stored ({@code If-Match: *}), for a staff page that adds to a record
     * without replacing what it shows: it still waits for the row's lock, so it is never lost either.
     */
    public static VersionedChange onCurrent(JsonNode record) {
        return new VersionedChange(record, new OnVersion("*", null));
    }
}
