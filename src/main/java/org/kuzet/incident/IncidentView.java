package org.kuzet.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as the API answers it, with the field names of the dataset format. The public view leaves out what
 * is confidential: the notes and how to reach a victim.
 */
public record IncidentView(
        long id,
        String externalId,
        String title,
        String summary,
        String date,
        String place,
        String primaryCategory,
        List<String> categories,
        Integer peopleAffected,
        String verification,
        int independentSources,
        List<VictimView> victims,
        List<PerpetratorView> perpetrators,
        List<Long> sources,
        List<Long> linkedIncidents,
        String confidentialNotes,
        String state,
        int revision,
        Instant publishedAt,
        String publishedBy,
        String rejectionReason) {

    public record VictimView(Long actor, String name, String kind, String role, String gender, String contact) {
    }

    public record PerpetratorView(Long actor, String name, String type) {
    }

    public static IncidentView of(Incident incident, boolean staff) {
        IncidentContent c = incident.content();
        return new IncidentView(incident.id(), incident.externalId(), c.title(), c.summary(), c.date().toString(),
                c.place(), c.primaryCategory(), c.categories(), c.peopleAffected(), c.verification().code(),
                c.independentSources(),
                c.victims().stream().map(v -> new VictimView(v.actor(), v.name(), v.kind().code(), v.role(),
                        v.gender() == null ? null : v.gender().code(), staff ? v.contact() : null)).toList(),
                c.perpetrators().stream().map(p -> new PerpetratorView(p.actor(), p.name(), p.type().code())).toList(),
                c.sources(), c.linkedIncidents(), staff ? c.confidentialNotes() : null, incident.state().code(),
                incident.revision(), incident.publishedAt(), staff ? incident.publishedBy() : null,
                staff ? incident.rejectionReason() : null);
    }
}
