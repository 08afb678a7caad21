package org.kuzet.source;

import java.time.Instant;
import java.util.List;

/**
 * Where a fact comes from, kept as it was seen. {@code correspondent} is confidential: it is blanked for everyone
 * but admins, editors and monitors.
 */
public record Source(long id, String externalId, String kind, Long outlet, String outletName, String title,
        String url, String publishedOn, Instant retrievedAt, String archivedText, String sha256, String correspondent,
        boolean confidential, List<Long> incidents, Instant createdAt, Instant updatedAt) {

    Source withoutCorrespondent() {
        return new Source(id, externalId, kind, outlet, outletName, title, url, publishedOn, retrievedAt,
                archivedText, sha256, null, confidential, incidents, createdAt, updatedAt);
    }
}
