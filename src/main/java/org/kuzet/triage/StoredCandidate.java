package org.kuzet.triage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

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

    /** The categories it was scored in, best first. */
    public List<CategoryScore> categoryScores() {
        return CandidateQueue.JSON.readValue(categories, new TypeReference<List<CategoryScore>>() { });
    }

    /** Why it was queued, in words. */
    public List<String> reasons() {
        return CandidateQueue.JSON.readValue(why, new TypeReference<List<String>>() { });
    }

    /** The facts read from its passage (kind, value and where). */
    public List<Map<String, Object>> factList() {
        return CandidateQueue.facts(this);
    }
}
