package org.kuzet.legalcase.internal;

import java.util.Optional;

/**
 * How a case record's references are resolved: in the API a reference is a database id (a number) or an external
 * id (a string); in an import, external ids may point to records written earlier in the same run.
 */
interface CaseReferences {

    Optional<Long> actor(String externalId);

    Optional<Long> incident(String externalId);

    boolean actorExists(long id);

    boolean incidentExists(long id);

    /** The kind of law an article belongs to ({@code criminal}, {@code administrative}, {@code civil}). */
    Optional<String> articleKind(String code);
}
