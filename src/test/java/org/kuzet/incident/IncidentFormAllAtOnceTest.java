package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff incident form answers everything wrong at once, each beside its field in the reader's language and
 * marked aria-invalid; a date before 1991 needs the incident marked historical; rows of people are added and
 * removed by the form's own buttons; a related incident is picked by its title. Its own incidents, unique titles.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncidentFormAllAtOnceTest {

    private static final RequestPostProcessor MONITOR = user("monitor.all-at-once").roles("MONITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final String title = "Journalists of Ak Zhaiyk kept from a session " + UUID.randomUUID();

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long stored(String title) {
        return jdbc.sql("select count(*) from incident where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aWordInPeopleAffectedHidesNothingElse() throws Exception {
        String form = page(post("/staff/incidents").param("lang", "ru").param("title", "")
                .param("date", "2024-02-30").param("primaryCategory", "").param("peopleAffected", "шестнадцать"));
        assertThat(form).contains("id=\"title-error\">Заполните это поле.")
                .contains("id=\"date-error\">Дня 2024-02-30 не существует.")
                .contains("id=\"primaryCategory-error\">Заполните это поле.")
                .contains("id=\"peopleAffected-error\">Введите целое число (а не шестнадцать).");
        assertThat(form.split("aria-invalid=\"true\"", -1)).hasSize(5);
        assertThat(form).contains("aria-describedby=\"peopleAffected-error\"");
    }

    @Test
    void aDateBefore1991IsTakenOnlyForAHistoricalIncident() throws Exception {
        String form = page(post("/staff/incidents").param("lang", "kk").param("title", title).param("date", "1986-12")
                .param("primaryCategory", "attacks"));
        assertThat(form).contains("id=\"date-error\">1986-12 — 1991 жылдан бұрын");
        assertThat(stored(title)).isZero();

        mvc.perform(post("/staff/incidents").with(csrf()).with(MONITOR).param("title", title).param("date", "1986-12")
                .param("historical", "true").param("primaryCategory", "attacks"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select historical from incident where title = ?").param(title).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void rowsAreAddedAndRemovedAndARelatedIncidentIsPickedByTitle() throws Exception {
        String form = page(post("/staff/incidents").param("title", title).param("victims[0].name", "Lukpan Akhmedyarov")
                .param("action", "addVictim"));
        assertThat(form).contains("id=\"victim-name-1\"").contains("value=\"Lukpan Akhmedyarov\"");
        form = page(post("/staff/incidents").param("title", title).param("victims[0].name", "Lukpan Akhmedyarov")
                .param("victims[1].name", "Uralskaya Nedelya").param("action", "removeVictim:0"));
        assertThat(form).doesNotContain("id=\"victim-name-1\"").contains("value=\"Uralskaya Nedelya\"");
        form = page(post("/staff/incidents").param("title", title).param("perpetrators[0].name", "Akimat")
                .param("action", "addPerpetrator"));
        assertThat(form).contains("id=\"perp-name-1\"").contains("hx-get=\"/staff/actors/suggest\"");
        assertThat(stored(title)).isZero();

        long other = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category, workflow_state)
                values ('An earlier session closed to the press', date '2025-01-10', 'day', 'attacks', 'draft')
                returning id""").query(Long.class).single();
        mvc.perform(post("/staff/incidents").with(csrf()).with(MONITOR).param("title", title).param("date", "2025-03")
                        .param("primaryCategory", "judicial_transparency_violation")
                        .param("categories", "accreditation_denial").param("categories", "threats")
                        .param("linkedPick", "#" + other + " · 2025-01-10 · An earlier session closed to the press"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from incident where title = ?").param(title).query(Long.class).single();
        assertThat(jdbc.sql("select linked_incident_id from incident_link where incident_id = ?").param(id).query(Long.class)
                .list()).containsExactly(other);
        assertThat(jdbc.sql("select category_code from incident_category where incident_id = ? order by 1").param(id)
                .query(String.class).list()).containsExactly("accreditation_denial", "threats");
    }

    @Test
    void theAddressFillsTheFormInWithoutStoringAnything() throws Exception {
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/staff/incidents/new").with(MONITOR).param("title", title).param("date", "2025-03")
                        .param("place", "kz-oral").param("primaryCategory", "threats"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"" + title + "\"").contains("value=\"2025-03\"")
                .containsPattern("value=\"kz-oral\"[^>]*selected").containsPattern("value=\"threats\"[^>]*selected");
        assertThat(stored(title)).isZero();
    }
}
