package org.kuzet.triage;

import java.time.OffsetDateTime;

/**
 * A candidate as the queue shows it; categories, why and facts are kept as JSON. Candidates about the same event
 * share the event's first candidate as {@code eventId}.
 */
public record StoredCandidate(long id, long articleId, String kind, int passageStart, int passageEnd, String passage,
        String primaryCategory, double score, String categories, String why, String facts, String status,
        String reason, String decidedBy, OffsetDateTime decidedAt, Long incidentId, Long eventId) {

    /** The event the candidate belongs to: the id of the event's first candidate. */
    public long event() {
        return eventId == null ? id : eventId;
    }
}
