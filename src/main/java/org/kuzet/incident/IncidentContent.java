package org.kuzet.incident;

import java.util.List;
import org.kuzet.calendar.PartialDate;

/**
 * What an incident says, already checked against the gazetteer, the category tree and the registers; the
 * workflow (state, revision, who published) lives in {@link Incident}. References are database ids.
 */
public record IncidentContent(
        String title,
        String summary,
        PartialDate date,
        String place,
        String primaryCategory,
        List<String> categories,
        Integer peopleAffected,
        Verification verification,
        int independentSources,
        List<Victim> victims,
        List<Perpetrator> perpetrators,
        List<Long> sources,
        List<Long> linkedIncidents,
        String confidentialNotes) {

    public IncidentContent {
        categories = List.copyOf(categories);
        victims = List.copyOf(victims);
        perpetrators = List.copyOf(perpetrators);
        sources = List.copyOf(sources);
        linkedIncidents = List.copyOf(linkedIncidents);
    }
}
