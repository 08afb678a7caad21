package org.kuzet.triage;

import java.time.OffsetDateTime;

/** An article triage read, as stored: where it came from, when, its language, text and SHA-256, its group. */
public record TriageArticle(long id, String url, String outlet, String title, OffsetDateTime fetchedAt, String language,
        String text, String sha256, Long groupId) {

    /** The first article of its group of duplicates, or itself. */
    public long group() {
        return groupId == null ? id : groupId;
    }
}
