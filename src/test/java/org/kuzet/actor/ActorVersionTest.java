package org.kuzet.actor;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Two monitors editing one actor: the second to save on the version both read is told, not written over. */
@SpringBootTest
@AutoConfigureMockMvc
class ActorVersionTest {

    private static final String FIRST = """
            {"kind": "person", "actor_type": "journalist", "name": "Dinara Yegeubayeva"}""";
    private static final String SECOND = """
            {"kind": "person", "actor_type": "blogger", "name": "Dinara Egeubaeva"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    private VersionRules rules;
    private String url;

    @BeforeEach
    void anActor() throws Exception {
        rules = new VersionRules(mvc, json, Staff.as(accounts, Role.MONITOR));
        url = rules.created("/api/v1/actors", FIRST);
    }

    @Test
    void aReadAnswersItsRevisionAsTheETag() throws Exception {
        org.assertj.core.api.Assertions.assertThat(rules.revisionOf(url)).isEqualTo(1);
    }

    @Test
    void ofTwoChangesOnOneVersionTheFirstIsKept() throws Exception {
        rules.secondChangeOnOneVersionIsRefused(Change.PUT, url, FIRST.replace("journalist", "editor"), SECOND,
                "$.actor_type", "editor");
    }

    @Test
    void aChangeMustNameItsVersion() throws Exception {
        rules.changeNeedsAVersion(Change.PUT, url, SECOND);
    }

    @Test
    void aChangeOnTheStoredVersionIsMade() throws Exception {
        rules.changeOnTheStoredVersionAnswersTheNext(Change.PUT, url, SECOND);
    }

    @Test
    void aRevisionThatIsNoNumberIsNamedAsBadInput() throws Exception {
        rules.change(Change.PUT, url, SECOND.replace("{", "{\"revision\": \"latest\", "), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("revision"));
        org.assertj.core.api.Assertions.assertThat(rules.revisionOf(url)).isEqualTo(1);
    }
}
