package org.kuzet.reference;

import java.util.Optional;
import org.kuzet.dataset.ImportRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * How a record points to another: through the API by database id ({@code 12}) or external id
 * ({@code "actor/orda-kz"}); in a dataset file by external id, including records imported earlier in the same run.
 */
@FunctionalInterface
public interface References {

    /** The id of the record of {@code section} ("actors", "sources", "incidents"...) that {@code value} names. */
    Optional<Long> find(String section, JsonNode value);

    /** A reference a form holds as text; by default read as a JSON string would be. */
    default Optional<Long> find(String section, String reference) {
        return find(section, StringNode.valueOf(reference));
    }

    /**
     * What a reference is, as a code the messages choose their words by ("no actor with external id 'x'"):
     * {@code external_id}, or {@code id_or_external_id} where a database id is taken too.
     */
    default String kind() {
        return "external_id";
    }


    /** References of a dataset file: external ids of records in this file or stored before. */
    static References inDataset(ImportRun run) {
        return (section, value) -> value != null && value.isString()
                ? run.idOf(section, value.stringValue()) : Optional.empty();
    }
}
