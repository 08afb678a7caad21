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
        String confidentialNotes,
        boolean historical) {

    /** Content of an incident not marked historical (dated 1991 or later). */
    public IncidentContent(String title, String summary, PartialDate date, String place, String primaryCategory,
            List<String> categories, Integer peopleAffected, Verification verification, int independentSources,
            List<Victim> victims, List<Perpetrator> perpetrators, List<Long> sources, List<Long> linkedIncidents,
            String confidentialNotes) {
        this(title, summary, date, place, primaryCategory, categories, peopleAffected, verification,
                independentSources, victims, perpetrators, sources, linkedIncidents, confidentialNotes, false);
    }


    public IncidentContent {
        categories = List.copyOf(categories);
        victims = List.copyOf(victims);
        perpetrators = List.copyOf(perpetrators);
        sources = List.copyOf(sources);
        linkedIncidents = List.copyOf(linkedIncidents);
    }

    /**
     * Whether two contents say the same thing. Categories, sources and links are sets (stored without order);
     * victims and perpetrators keep the order they were given in.
     */
    public static boolean sameContent(IncidentContent a, IncidentContent b) {
        return a.sorted().equals(b.sorted());
    }

    private IncidentContent sorted() {
        return new IncidentContent(title, summary, date, place, primaryCategory,
                categories.stream().sorted().toList(), peopleAffected, verification, independentSources, victims,
                perpetrators, sources.stream().sorted().toList(), linkedIncidents.stream().sorted().toList(),
                confidentialNotes, historical);
    }
}
