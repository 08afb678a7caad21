package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff incident page links a legal case by its number or external id: the link is stored once (a second
 * time changes nothing), an unknown case is named beside the field in the page's language and stores nothing, and
 * nobody without a staff login can link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncidentPageCaseLinkTest {

    private static final RequestPostProcessor MONITOR = user("monitor.cases").roles("MONITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long incident;
    long legalCase;
    /** The case's external id, unique to the test: another test's case of the same number would be found instead. */
    String number;

    @BeforeEach
    void fixture() {
        number = org.kuzet.TestData.unique("pvl");
        incident = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state)
                values ('Editor summoned over a post about the akimat', date '2024-03-04', 'day', 'kz-pavlodar',
                    'refusal_of_information', 'draft') returning id""").query(Long.class).single();
        legalCase = jdbc.sql("""
                insert into legal_case (external_id, title, kind, stage, opened_on, opened_precision, direction)
                values (?, 'Akimat v. newspaper: honour and dignity', 'civil', 'first_instance',
                    date '2024-03-20', 'day', 'against_media') returning id""").param(number).query(Long.class).single();
    }

    private long links() {
        return jdbc.sql("select count(*) from legal_case_incident where case_id = ? and incident_id = ?")
                .params(legalCase, incident).query(Long.class).single();
    }

    @Test
    void aCaseIsLinkedByItsNumberAndLinkingAgainChangesNothing() throws Exception {
        mvc.perform(post("/staff/incidents/" + incident + "/cases").with(MONITOR).with(csrf())
                        .param("case", String.valueOf(legalCase)))
                .andExpect(status().is3xxRedirection());
        assertThat(links()).isEqualTo(1);
        int revision = jdbc.sql("select revision from legal_case where id = ?").param(legalCase).query(Integer.class)
                .single();
        mvc.perform(post("/staff/incidents/" + incident + "/cases").with(MONITOR).with(csrf())
                        .param("case", number))
                .andExpect(status().is3xxRedirection());
        assertThat(links()).isEqualTo(1);
        assertThat(jdbc.sql("select revision from legal_case where id = ?").param(legalCase).query(Integer.class)
                .single()).isEqualTo(revision);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/staff/incidents/" + incident).with(MONITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Akimat v. newspaper: honour and dignity");
    }

    @Test
    void anUnknownCaseIsNamedBesideTheFieldInThePagesLanguageAndNothingIsLinked() throws Exception {
        String page = mvc.perform(post("/staff/incidents/" + incident + "/cases").with(MONITOR).with(csrf())
                        .param("lang", "ru").param("case", "pvl-1999-none"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"link-case-error\"").contains("Нет дела с номером или внешним идентификатором pvl-1999-none");
        String blank = mvc.perform(post("/staff/incidents/" + incident + "/cases").with(MONITOR).with(csrf())
                        .param("case", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("Please fill this in.");
        assertThat(jdbc.sql("select count(*) from legal_case_incident where incident_id = ?").param(incident)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePublicCannotLinkACase() throws Exception {
        mvc.perform(post("/staff/incidents/" + incident + "/cases").with(csrf()).param("case", String.valueOf(legalCase)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
        mvc.perform(post("/staff/incidents/" + incident + "/cases").with(MONITOR).param("case", String.valueOf(legalCase)))
                .andExpect(status().isForbidden());
        assertThat(links()).isZero();
    }
}
