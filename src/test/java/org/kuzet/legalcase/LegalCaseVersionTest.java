package org.kuzet.legalcase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.Staff;
import org.kuzet.reference.VersionRules;
import org.kuzet.reference.VersionRules.Change;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two monitors following one case: an edit or a new timeline event made on a version someone else changed first
 * is refused, so neither a court date nor a correction of the case disappears.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LegalCaseVersionTest {

    private static final String READ = """
            {"title": "Claim against a regional newspaper", "kind": "civil", "direction": "against_media",
             "basis": "kz-civ-143", "opened_on": "2023-02-01", "claimed_kzt": 2000000}""";
    private static final Change EVENT = Change.post("/events");
    private static final String HEARING = """
            {"date": "2023-03-15", "kind": "hearing", "description": "First hearing"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    private VersionRules rules;
    private String url;

    @BeforeEach
    void aCase() throws Exception {
        rules = new VersionRules(mvc, json, Staff.as(accounts, Role.MONITOR));
        url = rules.created("/api/v1/legal-cases", READ);
    }

    @Test
    void aReadAnswersItsRevisionAsTheETag() throws Exception {
        org.assertj.core.api.Assertions.assertThat(rules.revisionOf(url)).isEqualTo(1);
    }

    @Test
    void ofTwoEditsOnOneVersionTheFirstIsKept() throws Exception {
        rules.secondChangeOnOneVersionIsRefused(Change.PUT, url, READ.replace("2000000", "3000000"),
                READ.replace("regional", "district"), "$.claimed_kzt", 3000000);
    }

    @Test
    void ofTwoEventsOnOneVersionTheFirstIsKept() throws Exception {
        rules.secondChangeOnOneVersionIsRefused(EVENT, url, HEARING, HEARING.replace("First", "Second"),
                "$.events.length()", 1);
    }

    @Test
    void anEditAndAnEventMustNameTheirVersion() throws Exception {
        rules.changeNeedsAVersion(Change.PUT, url, READ.replace("regional", "district"));
        rules.changeNeedsAVersion(EVENT, url, HEARING);
    }

    @Test
    void anEditAndAnEventOnTheStoredVersionAreMade() throws Exception {
        rules.changeOnTheStoredVersionAnswersTheNext(Change.PUT, url, READ.replace("regional", "district"));
        rules.changeOnTheStoredVersionAnswersTheNext(EVENT, url, HEARING);
    }
}
