package org.kuzet.incident;

import java.util.List;
import org.kuzet.evidence.Redaction;
import org.kuzet.evidence.Redactions;
import org.springframework.stereotype.Component;

/**
 * The redacted copies of an incident's evidence that an editor published, the first published first: all of its
 * evidence the public page, the printable page and the API show, never an original. A withdrawn copy is not among
 * them.
 */
@Component
public class PublishedEvidence {

    private final Incidents incidents;
    private final Redactions redactions;

    PublishedEvidence(Incidents incidents, Redactions redactions) {
        this.incidents = incidents;
        this.redactions = redactions;
    }

    public List<Redaction> of(long incidentId) {
        return redactions.publishedOf(incidents.evidence(incidentId).stream().map(EvidenceFile::sha256).toList());
    }
}
