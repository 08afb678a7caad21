package org.kuzet.context;

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

/** Two editors correcting one context event: the second to save on the version both read is told, not written over. */
@SpringBootTest
@AutoConfigureMockMvc
class ContextEventVersionTest {

    private static final String READ = """
            {"date": "2024-05-02", "place": "kz-astana", "kind": "law",
             "title": "Amendments to the law on mass media signed"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    private VersionRules rules;
    private String url;

    @BeforeEach
    void anEvent() throws Exception {
        rules = new VersionRules(mvc, json, Staff.as(accounts, Role.EDITOR));
        url = rules.created("/api/v1/context-events", READ);
    }

    @Test
    void aReadAnswersItsRevisionAsTheETag() throws Exception {
        org.assertj.core.api.Assertions.assertThat(rules.revisionOf(url)).isEqualTo(1);
    }

    @Test
    void ofTwoChangesOnOneVersionTheFirstIsKept() throws Exception {
        rules.secondChangeOnOneVersionIsRefused(Change.PUT, url, READ.replace("kz-astana", "kz-almaty"),
                READ.replace("signed", "adopted"), "$.place", "kz-almaty");
    }

    @Test
    void aChangeMustNameItsVersion() throws Exception {
        rules.changeNeedsAVersion(Change.PUT, url, READ.replace("signed", "adopted"));
    }

    @Test
    void aChangeOnTheStoredVersionIsMade() throws Exception {
        rules.changeOnTheStoredVersionAnswersTheNext(Change.PUT, url, READ.replace("signed", "adopted"));
    }
}
