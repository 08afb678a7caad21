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
import org.kuzet.incident.Incidents;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Incidents handed to a staff member: "my queue", "unassigned", the audit entry of each assignment, and the drafts
 * nobody touched for a week on the overview with who holds them. Its own accounts and incidents, named uniquely.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssignmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    Incidents incidents;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String aigerim = "monitor.aigerim." + run;
    private final String bolat = "monitor.bolat." + run;

    @Test
    void anIncidentAssignedToBolatIsInHisQueueNotInUnassignedAndTheAuditLogSaysWhoGaveItToHim() throws Exception {
        accounts.create(bolat, "Bolat", "correct horse battery", Role.MONITOR);
        long blogger = draft("Blogger summoned to the police over a post in Shymkent " + run, "1 day");
        long radio = draft("Radio host fined for a broadcast in Aktobe " + run, "1 day");

        mvc.perform(post("/staff/incidents/" + blogger + "/assign").param("assignee", bolat)
                .with(csrf()).with(as(aigerim))).andExpect(status().is3xxRedirection());

        assertThat(incidents.assignee(blogger)).contains(bolat);
        assertThat(queue(page("/staff/incidents?queue=mine", bolat))).contains("Blogger summoned").doesNotContain("Radio host");
        assertThat(queue(page("/staff/incidents?queue=unassigned", aigerim))).contains("Radio host")
                .doesNotContain("Blogger summoned");
        assertThat(page("/staff/incidents?queue=mine&lang=ru", bolat)).contains("Моя очередь");
        AuditEntry entry = audit.history("incident", Long.toString(blogger)).stream()
                .filter(e -> e.action().equals("incident.assigned")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo(aigerim);
        assertThat(page("/staff/incidents/" + blogger, aigerim)).contains("Assigned to " + bolat,
                "Assigned to a staff member");
        assertThat(radio).isPositive();
    }

    @Test
    void aNameNoAccountHasIsRefusedOnThePageAndChangesNothing() throws Exception {
        long draft = draft("Newspaper office searched in Taraz " + run, "1 day");

        mvc.perform(post("/staff/incidents/" + draft + "/assign").param("assignee", "nobody." + run)
                .with(csrf()).with(as(aigerim))).andExpect(status().is3xxRedirection());

        assertThat(incidents.assignee(draft)).isEmpty();
        assertThat(audit.history("incident", Long.toString(draft))).noneMatch(e -> e.action().equals("incident.assigned"));
    }

    @Test
    void theOverviewListsADraftUntouchedForEightDaysWithItsHolderAndNotOneChangedYesterday() throws Exception {
        accounts.create(bolat, "Bolat", "correct horse battery", Role.MONITOR);
        long old = draft("Editor threatened after an article on land sales " + run, "8 days");
        draft("Photographer pushed at a court hearing " + run, "1 day");
        mvc.perform(post("/staff/incidents/" + old + "/assign").param("assignee", bolat)
                .with(csrf()).with(as(aigerim))).andExpect(status().is3xxRedirection());

        String dashboard = page("/staff", aigerim);
        assertThat(dashboard).contains("Drafts untouched for 7 days", "Editor threatened after an article on land sales " + run,
                "held by " + bolat).doesNotContain("Photographer pushed at a court hearing " + run);
        assertThat(page("/staff?lang=kk", aigerim)).contains("7 күн өзгертілмеген жобалар");
    }

    /** A draft recorded by a correspondent, last changed this long ago. */
    private long draft(String title, String untouchedFor) {
        return jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state,
                    created_by, updated_at)
                values (?, date '2025-09-01', 'month', 'kz-astana', 'threats', 'draft', 'correspondent.saule',
                    now() - cast(? as interval)) returning id""").params(title, untouchedFor).query(Long.class).single();
    }

    /** The queue's section of the list page (the whole catalogue follows it). */
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
