package org.kuzet.legalcase;

import java.util.List;
import org.kuzet.calendar.PartialDate;

/**
 * What a case is about, as opposed to where it stands: kind, legal basis, who is party to it, when it was opened
 * (filed), the money claimed and the incidents it belongs to. Replaced as a whole when a case is edited.
 */
public record CaseFacts(String externalId, String title, String kind, String basis, String court,
        PartialDate openedOn, String direction, boolean honourAndDignity, Long claimedKzt, List<CaseParty> parties,
        List<Long> incidentIds) {

    public CaseFacts {
        parties = List.copyOf(parties);
        incidentIds = List.copyOf(incidentIds);
    }
}
