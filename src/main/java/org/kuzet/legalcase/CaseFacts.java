package org.kuzet.legalcase;

import java.util.List;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Texts;

/**
 * What a case is about, as opposed to where it stands: kind, legal basis, who is party to it, when it was opened
 * (filed), the money claimed and the incidents it belongs to. Replaced as a whole when a case is edited.
 */
public record CaseFacts(String externalId, String title, String kind, String basis, String court,
        PartialDate openedOn, String direction, boolean honourAndDignity, Long claimedKzt, List<CaseParty> parties,
        List<Long> incidentIds, Texts texts) {

    /** Facts whose title has no translation, in the language its letters suggest. */
    public CaseFacts(String externalId, String title, String kind, String basis, String court, PartialDate openedOn,
            String direction, boolean honourAndDignity, Long claimedKzt, List<CaseParty> parties,
            List<Long> incidentIds) {
        this(externalId, title, kind, basis, court, openedOn, direction, honourAndDignity, claimedKzt, parties,
                incidentIds, null);
    }

    public CaseFacts {
        parties = List.copyOf(parties);
        incidentIds = List.copyOf(incidentIds);
        // the title is the original; the texts hold its language and its translations (a case has no summary)
        texts = texts == null ? Texts.of(title, "") : texts.withOriginal(title, "");
    }
}
