package org.kuzet.incident.internal;

import org.kuzet.incident.IncidentForm;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Texts;

/** An incident as a dataset file holds it: references are external ids, and it carries its workflow state. */
record DatasetIncident(
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
        String state,
        List<IncidentForm.VictimForm> victims,
        List<IncidentForm.PerpetratorForm> perpetrators,
        List<String> sources,
        List<String> linkedIncidents,
        String confidentialNotes,
        Boolean historical,
        String language,
        Map<String, Texts.Translation> translations) {

    static final List<String> KEYS = List.of("external_id", "title", "summary", "date", "place", "primary_category",
            "categories", "people_affected", "verification", "independent_sources", "state", "victims",
            "perpetrators", "sources", "linked_incidents", "confidential_notes", "historical", "language",
            "translations");

    /** The content to check, with the links to other incidents left for later (they may come further down). */
    IncidentForm formWithoutLinks() {
        return new IncidentForm(title, summary, date, place, primaryCategory, categories, peopleAffected, verification,
                independentSources, victims, perpetrators, sources, null, confidentialNotes, historical, language,
                translations);
    }
}
