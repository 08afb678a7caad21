package org.kuzet.reference;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * How a record points to another: through the API by database id ({@code 12}) or external id
 * ({@code "actor/orda-kz"}); in a dataset file by external id, including records imported earlier in the same run.
 */
@FunctionalInterface
public interface References {

    /** The id of the record of {@code section} ("actors", "sources", "incidents"...) that {@code value} names. */
    Optional<Long> find(String section, JsonNode value);
}
