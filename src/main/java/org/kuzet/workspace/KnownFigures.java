package org.kuzet.workspace;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.matching.CueBook;

/** The figure keys a person may add by hand on the review page when the extraction missed one. */
final class KnownFigures {

    static final List<String> KINDS = List.of("criminal", "criminal_in_court", "civil", "honour_dignity",
            "administrative", "legal_cases");

    private KnownFigures() {
    }

    static List<String> keys(CueBook cues) {
        List<String> keys = new ArrayList<>();
        cues.codes().stream().filter(c -> !c.equals("context")).forEach(c -> keys.add("counts." + c));
        keys.addAll(List.of("judicial_acts", "in_favor_of_media", "damages_claimed_kzt", "damages_collected_kzt"));
        for (String family : List.of("new_cases", "ytd", "previous_year")) {
            KINDS.forEach(k -> keys.add(family + "." + k));
        }
        return keys;
    }
}
