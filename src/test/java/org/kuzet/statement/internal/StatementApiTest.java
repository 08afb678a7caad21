package org.kuzet.statement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kuzet.reference.Fixtures;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** The state's reply is kept beside the allegations it answers (seed 000: the minister's rebuttal). */
@SpringBootTest
@AutoConfigureMockMvc
class StatementApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aReplyIsLinkedToTheIncidentsItAnswersAndThePublicSeesOnlyPublishedOnes() throws Exception {
        long published = Fixtures.incident(jdbc, null, "Pressure on journalists reported by HRW", "published");
        long draft = Fixtures.incident(jdbc, null, "Unchecked allegation", "draft");
        long minister = create("/api/v1/actors", """
                {"kind": "person", "actor_type": "official", "name": "Aida Balayeva", "aliases": ["Аида Балаева"]}""");
        long id = create("/api/v1/statements", """
                {"speaker": %d, "speaker_role": "Deputy Prime Minister, Minister of Culture and Information",
                 "date": "2025", "stance": "rebuttal", "venue": "Facebook",
                 "summary": "No one in Kazakhstan is persecuted for their profession; HRW was misled.",
                 "quote": "I state with full responsibility that no one in Kazakhstan is being persecuted for their profession",
                 "incidents": [%d, %d]}""".formatted(minister, published, draft));

        mvc.perform(get("/api/v1/statements/" + id).with(monitor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.speaker_name").value("Aida Balayeva"))
                .andExpect(jsonPath("$.date").value("2025"))
                .andExpect(jsonPath("$.incidents", containsInAnyOrder((int) published, (int) draft)));
        mvc.perform(get("/api/v1/statements/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents", containsInAnyOrder((int) published)));
        mvc.perform(get("/api/v1/statements").param("incident", String.valueOf(published)))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/statements").param("incident", String.valueOf(draft)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/statements").param("speaker", String.valueOf(minister))
                        .param("from", "2025").param("to", "2025-12").param("stance", "rebuttal"))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) id)));
        mvc.perform(get("/api/v1/statements").param("speaker", String.valueOf(minister)).param("to", "2024"))
                .andExpect(jsonPath("$.total").value(0));

        // an update replaces the links
        mvc.perform(put("/api/v1/statements/" + id).with(monitor()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"revision": 1, "speaker": %d, "date": "2025-12", "stance": "rebuttal",
                         "summary": "HRW was misled.",
                         "incidents": [%d]}""".formatted(minister, draft)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2025-12"));
        mvc.perform(get("/api/v1/statements/" + id)).andExpect(jsonPath("$.incidents", not(hasItem((int) draft))))
                .andExpect(jsonPath("$.incidents").isEmpty());
    }

    @Test
    void theSourceOfAStatementIsPublicUnlessConfidential() throws Exception {
        long article = create("/api/v1/sources", """
                {"kind": "media_article", "outlet_name": "DKNews.kz", "title": "The minister replies to HRW"}""");
        long report = create("/api/v1/sources", """
                {"kind": "correspondent_report", "correspondent": "A. in Astana", "title": "Heard at the briefing"}""");
        long cited = create("/api/v1/statements", """
                {"speaker_name": "Aida Balayeva", "date": "2025", "summary": "HRW was misled.",
                 "source": %d}""".formatted(article));
        long hidden = create("/api/v1/statements", """
                {"speaker_name": "Ministry of Culture and Information", "date": "2025", "summary": "A briefing.",
                 "source": %d}""".formatted(report));

        mvc.perform(get("/api/v1/statements/" + cited)).andExpect(jsonPath("$.source").value((int) article));
        mvc.perform(get("/api/v1/sources/" + article)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/statements/" + hidden)).andExpect(status().isOk())
                .andExpect(jsonPath("$.source").doesNotExist());
        mvc.perform(get("/api/v1/sources/" + report)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statements/" + hidden).with(Staff.as(accounts, Role.EDITOR)))
                .andExpect(jsonPath("$.source").value((int) report));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = count();
        long linksBefore = links();
        mvc.perform(post("/api/v1/statements").with(monitor()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"speaker": 987654, "date": "2024-02-30", "stance": "denial", "incidents": [987654],
                         "source": "source/none", "said_by": "x"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("said_by", "speaker", "date", "stance",
                        "summary", "incidents[0]", "source")))
                .andExpect(jsonPath("$.errors[?(@.field == 'stance')].message",
                        hasItem(containsString("rebuttal, acknowledgement, statement, concern"))));
        mvc.perform(post("/api/v1/statements").with(monitor()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2999", "summary": "From the future"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("speaker_name", "date")));
        mvc.perform(get("/api/v1/statements").param("from", "2024-13")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/statements/987654")).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from statement_incident").query(Long.class).single())
                .isEqualTo(linksBefore);
    }

    private long links() {
        return jdbc.sql("select count(*) from statement_incident").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from statement").query(Long.class).single();
    }

    private RequestPostProcessor monitor() {
        return Staff.as(accounts, Role.MONITOR);
    }

    private long create(String path, String body) throws Exception {
        String response = mvc.perform(
                        post(path).with(monitor())
                                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").longValue();
    }
}
