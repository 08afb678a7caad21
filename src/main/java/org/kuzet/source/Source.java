package org.kuzet.source;

import java.time.Instant;
import java.util.List;
import org.kuzet.security.Viewer;

/**
 * Where a fact comes from, kept as it was seen. {@code correspondent} and {@code created_by} are confidential: they
 * are blanked for everyone but the source's author and monitors up (Visibility, kind "source").
 */
public record Source(long id, String externalId, String kind, Long outlet, String outletName, String title,
        String url, String publishedOn, Instant retrievedAt, String archivedText, String sha256, String correspondent,
        boolean confidential, List<Long> incidents, String createdBy, Instant createdAt, Instant updatedAt) {

    /** The source with the fields this viewer may not see blanked. */
    public Source shownTo(Viewer viewer) {
        return new Source(id, externalId, kind, outlet, outletName, title, url, publishedOn, retrievedAt,
                archivedText, sha256, viewer.sees("source", "correspondent", createdBy) ? correspondent : null,
                confidential, incidents, viewer.sees("source", "created_by", createdBy) ? createdBy : null,
                createdAt, updatedAt);
    }
}
