package org.kuzet.incident;

import org.kuzet.incident.internal.IncidentRules;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Texts;

/**
 * An incident as someone typed or sent it, before any check: codes and dates are plain text, references are text
 * too (database ids from the API, external ids from a dataset file). {@link IncidentRules} turns it into
 * {@link IncidentContent} or names every field that is wrong.
 */
public record IncidentForm(
        String title,
        String summary,
        String date,
        String place,
        String primaryCategory,
        List<String> categories,
        Integer peopleAffected,
        String verification,
        Integer independentSources,
        List<VictimForm> victims,
        List<PerpetratorForm> perpetrators,
        List<String> sources,
        List<String> linkedIncidents,
        String confidentialNotes,
        Boolean historical,
        String language,
        Map<String, Texts.Translation> translations) {

    /** A form without translations, its language left to the letters of its title. */
    public IncidentForm(String title, String summary, String date, String place, String primaryCategory,
            List<String> categories, Integer peopleAffected, String verification, Integer independentSources,
            List<VictimForm> victims, List<PerpetratorForm> perpetrators, List<String> sources,
            List<String> linkedIncidents, String confidentialNotes, Boolean historical) {
        this(title, summary, date, place, primaryCategory, categories, peopleAffected, verification,
                independentSources, victims, perpetrators, sources, linkedIncidents, confidentialNotes, historical,
                null, null);
    }

    /** A form that does not mark the incident historical. */
    public IncidentForm(String title, String summary, String date, String place, String primaryCategory,
            List<String> categories, Integer peopleAffected, String verification, Integer independentSources,
            List<VictimForm> victims, List<PerpetratorForm> perpetrators, List<String> sources,
            List<String> linkedIncidents, String confidentialNotes) {
        this(title, summary, date, place, primaryCategory, categories, peopleAffected, verification,
                independentSources, victims, perpetrators, sources, linkedIncidents, confidentialNotes, null);
    }

    public record VictimForm(String actor, String name, String kind, String role, String gender, String contact) {
    }

    public record PerpetratorForm(String actor, String name, String type) {
    }

    /** A draft as a report or an article gives it: what happened, when, where, in which category, and the source. */
    public static IncidentForm draft(String title, String summary, String date, String place, String category,
            long source) {
        return new IncidentForm(title, summary, date, place, category, null, null, null, null, null, null,
                List.of(Long.toString(source)), null, null);
    }
}
