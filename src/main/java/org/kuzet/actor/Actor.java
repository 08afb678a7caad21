package org.kuzet.actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Texts;

/**
 * A person or an organisation, with every other way its name is written, and its description in its
 * {@code language} with the translations into the other two (each a summary).
 */
public record Actor(long id, String externalId, String kind, String actorType, String name, List<String> aliases,
        String description, int revision, Instant createdAt, Instant updatedAt, String language,
        Map<String, Texts.Translation> translations) {
}
