package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditLog;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Legal cases handed to a staff member, as incidents are: "my queue", "unassigned", one audit entry per change, and
 * a name no account has refused on the page. Its own accounts and cases, named uniquely.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseAssignmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    LegalCases cases;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String aigerim = "monitor.aigerim.cases." + run;
    private final String bolat = "monitor.bolat.cases." + run;

    @Test
    void aCaseGivenToBolatIsInHisQueueNotInUnassignedAndTheAuditLogSaysWhoGaveItToHim() throws Exception {
        accounts.create(bolat, "Bolat", "correct horse battery", Role.MONITOR);
        long defamation = legalCase("Defamation claim against a Karaganda weekly " + run);
        long blogger = legalCase("Criminal charge against a blogger in Oral " + run);

        mvc.perform(post("/staff/cases/" + defamation + "/assign").param("assignee", bolat)
                .with(csrf()).with(as(aigerim))).andExpect(status().is3xxRedirection());

        assertThat(cases.assignee(defamation)).contains(bolat);
        assertThat(queue(page("/staff/cases?queue=mine", bolat))).contains("Defamation claim against a Karaganda weekly")
                .doesNotContain("Criminal charge against a blogger");
        assertThat(queue(page("/staff/cases?queue=unassigned", aigerim))).contains("Criminal charge against a blogger")
                .doesNotContain("Defamation claim against a Karaganda weekly");
        AuditEntry entry = audit.history("legal_case", Long.toString(defamation)).stream()
                .filter(e -> e.action().equals("legal_case.assigned")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo(aigerim);
        assertThat(page("/staff/cases/" + defamation + "?lang=ru", aigerim)).contains("Дело ведёт " + bolat);
        assertThat(blogger).isPositive();
    }

    @Test
    void aNameNoAccountHasIsRefusedOnThePageAndChangesNothing() throws Exception {
        long legalCase = legalCase("Administrative charge against a Taraz reporter " + run);

        mvc.perform(post("/staff/cases/" + legalCase + "/assign").param("assignee", "nobody." + run)
                .with(csrf()).with(as(aigerim))).andExpect(status().is3xxRedirection());

        assertThat(cases.assignee(legalCase)).isEmpty();
        assertThat(audit.history("legal_case", Long.toString(legalCase)))
                .noneMatch(e -> e.action().equals("legal_case.assigned"));
    }

    private long legalCase(String title) {
        return jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction)
                values (?, 'civil', 'first_instance', date '2025-06-01', 'month', 'against_media') returning id""")
                .param(title).query(Long.class).single();
    }

    private static String queue(String page) {
        String from = page.substring(page.indexOf("id=\"queue\""));
        return from.substring(0, from.indexOf("</section>"));
    }

    private static RequestPostProcessor as(String name) {
        return user(name).roles("MONITOR");
    }

    private String page(String url, String name) throws Exception {
        return mvc.perform(get(url).with(as(name))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
