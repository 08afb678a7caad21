package org.kuzet.context.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.kuzet.OwnDatabase;
import org.kuzet.context.ContextEvents;
import org.kuzet.core.RecordChange;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Context events (seed 002: the March 2024 draft order; seed 004: the Almaty maslikhat) are listed by filters, and
 * each one recorded is announced (a Spring Modulith scenario). The class has a database of its own, where a
 * filter's answer holds only this class's events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase
@EnableScenarios
class ContextEventApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ContextEvents events;

    /** (Dated outside the periods and places the filters below ask for.) */
    @Test
    void anEventRecordedByAnotherModuleIsAnnouncedWithItsId(Scenario scenario) {
        scenario.stimulate(() -> events.record(json.readTree("""
                        {"date": "2021-05-12", "place": "kz-almaty", "kind": "regulation",
                         "title": "Akimat rules on filming in public buildings"}"""), "archive-import"))
                .andWaitForEventOfType(RecordChange.class)
                .matching(change -> change.recordKind().equals("context_event"))
                .toArriveAndVerify((change, id) -> {
                    assertThat(change.id()).isEqualTo(id);
                    assertThat(change.action()).isEqualTo("context_event.recorded");
                    assertThat(change.actor()).isEqualTo("archive-import");
                    assertThat(jdbc.sql("select title from context_event where id = ?").param(id).query(String.class)
                            .single()).isEqualTo("Akimat rules on filming in public buildings");
                });
    }

    @Test
    void eventsAreFilteredByPeriodKindAndPlaceIncludingEverythingWithinIt() throws Exception {
        long draftOrder = create("""
                {"date": "2024-03-01", "place": "kz-astana", "kind": "draft_order",
                 "title": "Draft order on rules for restricting access to internet resources published for discussion"}""");
        long maslikhat = create("""
                {"date": "2020-08", "place": "kz-almaty", "kind": "other",
                 "title": "Almaty maslikhat session held behind closed doors"}""");
        long temirtau = create("""
                {"date": "2024-03-20", "place": "kz-temirtau", "kind": "regulation",
                 "title": "Temirtau akimat rules on press access"}""");

        mvc.perform(get("/api/v1/context-events").param("from", "2024-03").param("to", "2024-03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) draftOrder, (int) temirtau)));
        mvc.perform(get("/api/v1/context-events").param("kind", "draft_order"))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) draftOrder)));
        mvc.perform(get("/api/v1/context-events").param("place", "kz-karaganda-region"))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) temirtau)));
        mvc.perform(get("/api/v1/context-events").param("place", "kz").param("to", "2020"))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) maslikhat)));
        mvc.perform(get("/api/v1/context-events/" + maslikhat)).andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2020-08"))
                .andExpect(jsonPath("$.external_id").value("context/" + maslikhat));

        mvc.perform(put("/api/v1/context-events/" + temirtau).with(Staff.as(accounts, Role.EDITOR))
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2024-03-21", "place": "kz-karaganda", "kind": "regulation",
                         "title": "Karaganda akimat rules on press access"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.place").value("kz-karaganda"));
        mvc.perform(get("/api/v1/context-events").param("place", "kz-karaganda-region"))
                .andExpect(jsonPath("$.items[*].title", hasItem("Karaganda akimat rules on press access")));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/context-events").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2023-02-29", "place": "kz-atlantis", "kind": "decree", "source": 987654,
                         "url": "www.example"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("date", "place", "kind", "title", "source", "url")))
                .andExpect(jsonPath("$.errors[?(@.field == 'date')].message", hasItem(containsString("exist"))));
        mvc.perform(post("/api/v1/context-events").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2999-01-01", "kind": "law", "title": "A law of the future"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get("/api/v1/context-events").param("place", "kz-atlantis").param("kind", "decree")
                        .param("from", "2024-05").param("to", "2024-04"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("place", "kind", "to")));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from context_event").query(Long.class).single();
    }

    private long create(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/context-events").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").longValue();
    }
}
