package org.kuzet.context.internal;

import java.time.Instant;
import java.util.Map;
import org.kuzet.core.Texts;

/**
 * Something that happened around the incidents (a law, a draft order); shown in reports, never counted.
 *
 * @param state {@code published}, or {@code draft} while one read from an archived report waits for review
 */
public record ContextEvent(long id, String externalId, String date, String place, String kind, String title,
        String description, String url, Long source, int revision, Instant createdAt, Instant updatedAt,
        String state, String language, Map<String, Texts.Translation> translations) {

    ContextEvent withoutSource() {
        return new ContextEvent(id, externalId, date, place, kind, title, description, url, null, revision,
                createdAt, updatedAt, state, language, translations);
    }

    boolean isDraft() {
        return "draft".equals(state);
    }
}
