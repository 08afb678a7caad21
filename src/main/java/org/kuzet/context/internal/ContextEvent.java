package org.kuzet.context.internal;

import java.time.Instant;

/**
 * Something that happened around the incidents (a law, a draft order); shown in reports, never counted.
 *
 * @param state {@code published}, or {@code draft} while one read from an archived report waits for review
 */
public record ContextEvent(long id, String externalId, String date, String place, String kind, String title,
        String description, String url, Long source, int revision, Instant createdAt, Instant updatedAt,
        String state) {

    ContextEvent withoutSource() {
        return new ContextEvent(id, externalId, date, place, kind, title, description, url, null, revision,
                createdAt, updatedAt, state);
    }

    boolean isDraft() {
        return "draft".equals(state);
    }
}
