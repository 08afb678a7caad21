package org.kuzet.statement;

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

/** Two monitors correcting one statement: the second to save on the version both read is told, not written over. */
@SpringBootTest
@AutoConfigureMockMvc
class StatementVersionTest {

    private static final String READ = """
            {"speaker_name": "Ministry of Information", "date": "2024-06", "stance": "statement",
             "summary": "The ministry comments on the blocking of a news site."}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    private VersionRules rules;
    private String url;

    @BeforeEach
    void aStatement() throws Exception {
        rules = new VersionRules(mvc, json, Staff.as(accounts, Role.MONITOR));
        url = rules.created("/api/v1/statements", READ);
    }

    @Test
    void aReadAnswersItsRevisionAsTheETag() throws Exception {
        org.assertj.core.api.Assertions.assertThat(rules.revisionOf(url)).isEqualTo(1);
    }

    @Test
    void ofTwoChangesOnOneVersionTheFirstIsKept() throws Exception {
        rules.secondChangeOnOneVersionIsRefused(Change.PUT, url, READ.replace("\"statement\"", "\"rebuttal\""),
                READ.replace("2024-06", "2024-07"), "$.stance", "rebuttal");
    }

    @Test
    void aChangeMustNameItsVersion() throws Exception {
        rules.changeNeedsAVersion(Change.PUT, url, READ.replace("2024-06", "2024-07"));
    }

    @Test
    void aChangeOnTheStoredVersionIsMade() throws Exception {
        rules.changeOnTheStoredVersionAnswersTheNext(Change.PUT, url, READ.replace("2024-06", "2024-07"));
    }
}
