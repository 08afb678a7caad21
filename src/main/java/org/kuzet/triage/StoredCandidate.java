package org.kuzet.triage;

import java.time.OffsetDateTime;

/** A candidate as the queue shows it; categories, why and facts are kept as JSON. */
public record StoredCandidate(long id, long articleId, String kind, int passageStart, int passageEnd, String passage,
        String primaryCategory, double score, String categories, String why, String facts, String status,
        String reason, String decidedBy, OffsetDateTime decidedAt, Long incidentId) {
}
