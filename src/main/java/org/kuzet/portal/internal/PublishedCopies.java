package org.kuzet.portal.internal;

import java.time.LocalDate;
import java.util.List;
import org.kuzet.core.Today;
import org.kuzet.evidence.Redaction;
import org.kuzet.incident.PublishedEvidence;
import org.springframework.stereotype.Component;

/**
 * The redacted copies of an incident's evidence that an editor published: the only evidence the public page links
 * to. Each is named by its kind and the day it was published, never by the original's name (which may itself name
 * the person redacted); a withdrawn copy is no longer among them.
 */
@Component
class PublishedCopies {

    /** A copy as the public page lists it: where to get it, {@code picture} or {@code pdf}, and since when. */
    record Copy(String path, String kind, LocalDate publishedOn) {
    }

    private final PublishedEvidence evidence;

    PublishedCopies(PublishedEvidence evidence) {
        this.evidence = evidence;
    }

    List<Copy> of(long incidentId) {
        return evidence.of(incidentId).stream().map(PublishedCopies::copy).toList();
    }

    private static Copy copy(Redaction redaction) {
        return new Copy(redaction.publicPath(), redaction.kind(),
                redaction.publishedAt().atZone(Today.KAZAKHSTAN).toLocalDate());
    }
}
