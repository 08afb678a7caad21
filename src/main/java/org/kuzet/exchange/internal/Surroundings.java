package org.kuzet.exchange.internal;

import java.util.List;
import java.util.Optional;
import org.kuzet.incident.Incident;
import org.kuzet.inquiry.Inquiries;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.security.Viewer;
import org.kuzet.source.Source;
import org.kuzet.source.Sources;
import org.kuzet.statement.Statements;
import org.springframework.stereotype.Component;

/**
 * What an exchange file may say around an incident: its public sources, the official replies to it, the service's
 * inquiries about it and the money of its legal cases. A confidential source and a correspondent's report never
 * appear, whoever asks; the rest as the viewer may see it (sources and inquiries through their owners' rules, a case
 * only when its owner calls it public or the viewer is a monitor; an inquiry once published).
 */
@Component
class Surroundings {

    /** A public source, as the exchange formats name it. */
    record PublicSource(String externalId, String kind, String outlet, String title, String url, String publishedOn) {
    }

    private final Sources sources;
    private final Inquiries inquiries;
    private final LegalCases cases;
    private final Statements statements;

    Surroundings(Sources sources, Inquiries inquiries, LegalCases cases, Statements statements) {
        this.sources = sources;
        this.inquiries = inquiries;
        this.cases = cases;
        this.statements = statements;
    }

    List<PublicSource> sources(Incident incident, Viewer viewer) {
        return incident.content().sources().stream().map(id -> sources.find(id, viewer)).flatMap(Optional::stream)
                .filter(Surroundings::mayLeave)
                .map(s -> new PublicSource(s.externalId(), s.kind(), s.outletName(), s.title(), s.url(),
                        s.publishedOn()))
                .toList();
    }

    /** A confidential source or a correspondent's report (confidential by its kind) never leaves the service. */
    static boolean mayLeave(Source source) {
        return !source.confidential() && !"correspondent_report".equals(source.kind());
    }

    /** The official replies, each summary as it was recorded. */
    List<Statements.Reply> replies(long incident) {
        return statements.repliesTo(incident, null);
    }

    /** The published inquiries about the incident: one still kept in the workspace is no partner's to read. */
    List<Inquiry> inquiries(long incident, Viewer viewer) {
        return inquiries.about(incident, viewer).stream().filter(Inquiry::isPublished).toList();
    }

    List<LegalCases.Linked> cases(long incident, Viewer viewer) {
        return cases.linkedTo(incident).stream().filter(c -> viewer.isMonitor() || c.isPublic()).toList();
    }
}
