package org.kuzet.incident.internal;

import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Perpetrator;
import org.kuzet.incident.Victim;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Texts;

/**
 * The JSON body of create, update and correct: the fields of the dataset format, with references as database ids.
 * The read-only fields of a response ({@code id}, {@code state}, {@code published_at}...) are accepted so that a
 * client can send back what it read; they are ignored, except {@code revision}, which, when given, must be the
 * current one (so that a change made meanwhile is not overwritten unseen). {@code note} says why a correction is made.
 */
public record IncidentRequest(
        Long id,
        String externalId,
        String title,
        String summary,
        String date,
        String place,
        String primaryCategory,
        List<String> categories,
        Integer peopleAffected,
        String verification,
        Integer independentSources,
        List<Victim> victims,
        List<Perpetrator> perpetrators,
        List<Long> sources,
        List<Long> linkedIncidents,
        String confidentialNotes,
        String state,
        Integer revision,
        Instant publishedAt,
        String publishedBy,
        String rejectionReason,
        String note,
        Boolean historical,
        String language,
        Map<String, Texts.Translation> translations) {

    public record Victim(Long actor, String name, String kind, String role, String gender, String contact) {
    }

    public record Perpetrator(Long actor, String name, String type) {
    }

    IncidentForm form() {
        return new IncidentForm(title, summary, date, place, primaryCategory, categories, peopleAffected, verification,
                independentSources,
                victims == null ? null : victims.stream().map(v -> v == null ? null : new IncidentForm.VictimForm(
                        text(v.actor()), v.name(), v.kind(), v.role(), v.gender(), v.contact())).toList(),
                perpetrators == null ? null : perpetrators.stream().map(p -> p == null ? null
                        : new IncidentForm.PerpetratorForm(text(p.actor()), p.name(), p.type())).toList(),
                sources == null ? null : sources.stream().map(IncidentRequest::text).toList(),
                linkedIncidents == null ? null : linkedIncidents.stream().map(IncidentRequest::text).toList(),
                confidentialNotes, historical, language, translations);
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
