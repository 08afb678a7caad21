package org.kuzet.incident;

import java.util.Optional;

/**
 * How the references of an incident are looked up: the API names records by database id, a dataset file by
 * external id. Each method answers the database id, or empty when there is no such record.
 */
public interface References {

    Optional<Long> actor(String reference);

    Optional<Long> source(String reference);

    Optional<Long> incident(String reference);

    /** What a reference is, for messages: "id" or "external id". */
    String describe();
}
