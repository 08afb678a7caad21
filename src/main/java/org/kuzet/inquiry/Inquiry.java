package org.kuzet.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kuzet.security.Viewer;

/**
 * An inquiry as the API and the pages show it: a request to a state body (or another addressee), its legal basis and
 * deadline, the answer or the silence, and the incidents and cases it concerns. Each field has its row in
 * {@code security.Visibility} (kind {@value #KIND}); {@link #shownTo} leaves out (null) what a viewer may not see.
 *
 * @param deadline the legal deadline; {@code extended_to} is the deadline in force once the term was extended
 * @param status on Almaty's day when it was read (see {@link InquiryStatus})
 */
public record Inquiry(long id, String externalId, String kind, Long askedBy, String askedByName, Long onBehalfOf,
        String onBehalfOfName, Long addressee, String addresseeName, boolean stateAddressee, String subject,
        LocalDate sentOn, String basis, LocalDate deadline, LocalDate extendedTo, String status, LocalDate answeredOn,
        String outcome, String answerText, Long answerSource, List<Long> incidents, List<Long> cases,
        Long statement, Long refusalIncident, Instant publishedAt, String publishedBy, String createdBy,
        Instant createdAt, Instant updatedAt, int revision) {

    public static final String KIND = "inquiry";

    public static final List<String> KINDS = List.of("information_request", "appeal", "right_of_reply");

    /** The deadline in force: the extended one, else the first. */
    public LocalDate deadlineInForce() {
        return extendedTo != null ? extendedTo : deadline;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public InquiryStatus statusCode() {
        return InquiryStatus.of(status);
    }

    /**
     * The record as this viewer may see it; the incidents and the answer's source are filtered by the caller (they
     * are other modules' records, shown to who sees them).
     */
    public Inquiry shownTo(Viewer viewer, List<Long> visibleIncidents, Long visibleSource) {
        return new Inquiry(id, externalId, kind, askedBy, askedByName, onBehalfOf, onBehalfOfName, addressee,
                addresseeName, stateAddressee, subject, sentOn, basis, deadline, extendedTo, status, answeredOn,
                outcome, answerText, visibleSource, visibleIncidents, shown(viewer, "cases", cases), statement,
                shown(viewer, "refusal_incident", refusalIncident), publishedAt,
                shown(viewer, "published_by", publishedBy), shown(viewer, "created_by", createdBy),
                shown(viewer, "created_at", createdAt), shown(viewer, "updated_at", updatedAt), revision);
    }

    private static <T> T shown(Viewer viewer, String field, T value) {
        return viewer.sees(KIND, field, null) ? value : null;
    }
}
