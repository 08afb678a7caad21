package org.kuzet.actor;

import java.time.Instant;
import java.util.List;

/** A person or an organisation, with every other way its name is written. */
public record Actor(long id, String externalId, String kind, String actorType, String name, List<String> aliases,
        String description, int revision, Instant createdAt, Instant updatedAt) {
}
