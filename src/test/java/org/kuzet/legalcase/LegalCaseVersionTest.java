package org.kuzet.legalcase;

import org.junit.jupiter.api.Test;
import org.kuzet.reference.VersionedRecordTest;

/**
 * Two monitors following one case: an edit or a new timeline event made on a version someone else changed first
 * is refused, so neither a court date nor a correction of the case disappears.
 */
class LegalCaseVersionTest extends VersionedRecordTest {

    private static final String READ = """
            {"title": "Claim against a regional newspaper", "kind": "civil", "direction": "against_media",
             "basis": "kz-civ-143", "opened_on": "2023-02-01", "claimed_kzt": 2000000}""";
    private static final Change EVENT = Change.post("/events");
    private static final String HEARING = """
            {"date": "2023-03-15", "kind": "hearing", "description": "First hearing"}""";

    @Override
    protected Sample sample() {
        return new Sample("/api/v1/legal-cases", READ, READ.replace("2000000", "3000000"),
                READ.replace("regional", "district"), "$.claimed_kzt", 3000000);
    }

    @Test
    void ofTwoEventsOnOneVersionTheFirstIsKept() throws Exception {
        secondChangeOnOneVersionIsRefused(EVENT, HEARING, HEARING.replace("First", "Second"), "$.events.length()", 1);
    }

    @Test
    void anEventMustNameItsVersion() throws Exception {
        changeNeedsAVersion(EVENT, HEARING);
    }

    @Test
    void anEventOnTheStoredVersionIsMade() throws Exception {
        changeOnTheStoredVersionAnswersTheNext(EVENT, HEARING);
    }
}
