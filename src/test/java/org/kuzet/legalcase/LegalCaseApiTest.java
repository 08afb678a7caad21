package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/** The legal-case API on a real PostgreSQL: opening, following, filtering, and refusing bad input whole. */
@SpringBootTest
@AutoConfigureMockMvc
class LegalCaseApiTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void monitor() {
        if (!accounts.exists("case-monitor")) {
            accounts.create("case-monitor", "Case monitor", PASSWORD, Role.MONITOR);
        }
    }

    private RequestPostProcessor staff() {
        return httpBasic("case-monitor", PASSWORD);
    }

    private long cases() {
        return jdbc.sql("select count(*) from legal_case").query(Long.class).single();
    }

    private long open(String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/legal-cases").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").longValue();
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() throws Exception {
        long before = cases();
        mvc.perform(post("/api/v1/legal-cases").with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Claim against an outlet", "kind": "civil", "direction": "against_media",
                         "basis": "kz-civ-999", "opened_on": "2999-01-01", "claimed_kzt": -5,
                         "awarded_kzt": 1500.5, "collected_kzt": "100", "colour": "red",
                         "events": [{"date": "2020-02-30", "kind": "verdict"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("basis")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("opened_on")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("claimed_kzt")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("awarded_kzt")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("collected_kzt")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("colour")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("events[0].date")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("events[0].kind")));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void wrongKindsNulBytesAndTheYearZeroAreRefusedNamingTheField() throws Exception {
        long before = cases();
        mvc.perform(post("/api/v1/legal-cases").with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Claim against an outlet", "kind": "civil", "direction": "against_media",
                         "court": 12345, "opened_on": "2020-08",
                         "events": [{"date": "2020-09", "kind": "filed", "description": 7}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("court", "events[0].description")))
                .andExpect(jsonPath("$.errors[0].message").value("must be text"));
        mvc.perform(post("/api/v1/legal-cases").with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Claim\\u0000", "kind": "civil", "direction": "against_media",
                         "opened_on": "0000"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title")));
        mvc.perform(post("/api/v1/legal-cases").with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Claim", "kind": "civil", "direction": "against_media", "opened_on": "0000"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("opened_on")));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anArticleOfAnotherLawIsRefused() throws Exception {
        mvc.perform(post("/api/v1/legal-cases").with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Charge", "kind": "criminal", "direction": "against_media",
                         "basis": "kz-civ-143", "opened_on": "2020-08"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("basis"));
    }

    @Test
    void theTimelineMovesTheCaseOnAndRefusesToGoBack() throws Exception {
        long id = open("""
                {"title": "Honour and dignity claim against a newspaper", "kind": "civil",
                 "direction": "against_media", "basis": "kz-civ-143", "opened_on": "2016-03-10",
                 "claimed_kzt": 5000000, "court": "Almaty district court",
                 "parties": [{"name": "A businessman", "role": "plaintiff"},
                             {"name": "The newspaper", "role": "defendant"}],
                 "events": [{"date": "2016-03-10", "kind": "filed", "description": "Claim filed"}]}""");
        mvc.perform(get("/api/v1/legal-cases/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("pretrial"))
                .andExpect(jsonPath("$.honour_and_dignity").value(true))
                .andExpect(jsonPath("$.claimed_kzt").value(5000000));
        mvc.perform(post("/api/v1/legal-cases/" + id + "/events").with(staff()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2016-08-12", "kind": "judgment", "in_favour_of_media": true,
                         "description": "Claim dismissed"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("first_instance"));
        mvc.perform(post("/api/v1/legal-cases/" + id + "/events").with(staff()).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2016-09-01", "kind": "investigation_opened"}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/legal-cases/" + id + "/events").with(staff()).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2016-01-05", "kind": "hearing"}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(post("/api/v1/legal-cases/" + id + "/events").with(staff()).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2016-10-01", "kind": "appeal", "in_favour_of_media": true}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("appeal"));
        mvc.perform(post("/api/v1/legal-cases/" + id + "/events").with(staff()).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2016-11-01", "kind": "enforcement", "amount_kzt": 1500}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("enforcement"))
                .andExpect(jsonPath("$.collected_kzt").value(1500))
                .andExpect(jsonPath("$.events.length()").value(4));
    }

    @Test
    void aJudgmentMustSayWhetherItFavouredTheMedia() throws Exception {
        long id = open("""
                {"title": "Charge under art. 274", "kind": "criminal", "direction": "against_media",
                 "basis": "kz-cc-274", "opened_on": "2017-05"}""");
        mvc.perform(post("/api/v1/legal-cases/" + id + "/events").with(staff()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2017-09-01", "kind": "judgment"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("in_favour_of_media"));
    }

    @Test
    void editingReplacesTheCaseAndFiltersFindIt() throws Exception {
        long id = open("""
                {"title": "Administrative charge", "kind": "administrative", "direction": "against_media",
                 "opened_on": "2017-04-02"}""");
        mvc.perform(put("/api/v1/legal-cases/" + id).with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"revision": 1, "title": "Administrative charge under art. 73-3", "kind": "administrative",
                         "direction": "against_media", "basis": "kz-ac-73-3", "opened_on": "2017-04-02"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.basis").value("kz-ac-73-3"));
        mvc.perform(get("/api/v1/legal-cases").param("basis", "kz-ac-73-3").param("from", "2017-04-01")
                        .param("to", "2017-04-30"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/legal-cases").param("kind", "civil"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/legal-cases").param("from", "yesterday"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void thePublicDoesNotSeeACaseLinkedToAnUnpublishedIncident() throws Exception {
        long draft = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category, workflow_state)
                values ('A draft incident', date '2016-05-01', 'month', 'civil_claims', 'draft') returning id""")
                .query(Long.class).single();
        long id = open("""
                {"title": "Claim tied to a draft", "kind": "civil", "direction": "against_media",
                 "opened_on": "2016-05", "incidents": [%d]}""".formatted(draft));
        mvc.perform(get("/api/v1/legal-cases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/legal-cases/" + id).with(staff())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/legal-cases").param("incident", String.valueOf(draft)))
                .andExpect(jsonPath("$.total").value(0));
        // a correspondent is signed in, but sees what the public sees of a case tied to a draft not theirs
        if (!accounts.exists("case-correspondent")) {
            accounts.create("case-correspondent", "Case correspondent", PASSWORD, Role.CORRESPONDENT);
        }
        RequestPostProcessor correspondent = httpBasic("case-correspondent", PASSWORD);
        mvc.perform(get("/api/v1/legal-cases/" + id).with(correspondent)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/legal-cases").param("incident", String.valueOf(draft)).with(correspondent))
                .andExpect(jsonPath("$.total").value(0));
        jdbc.sql("update incident set workflow_state = 'published' where id = ?").param(draft).update();
        mvc.perform(get("/api/v1/legal-cases/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents[0]").value((int) draft));
    }

    @Test
    void writingNeedsAStaffAccount() throws Exception {
        mvc.perform(post("/api/v1/legal-cases").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
