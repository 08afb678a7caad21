package org.kuzet.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.calendar.Holidays;
import org.kuzet.core.Today;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accountability clock through its API: deadlines from the bases (calendar days, and working days across
 * Nauryz), the answer dated before the request refused with the field named, a draft refusal proposed once and only
 * once, and the right of reply ending in an official statement or in "no reply by".
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.kuzet.OwnDatabase // the sweep proposes a refusal for every request left unanswered in the database
class InquiryClockTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Holidays holidays;
    @Autowired
    RefusalProposals refusals;

    RequestPostProcessor monitor;
    RequestPostProcessor editor;
    long akimat;
    /** The akimat's external id, unique to the test. */
    String akimatRef;

    @BeforeEach
    void fixture() {
        monitor = Staff.as(accounts, Role.MONITOR);
        editor = Staff.as(accounts, Role.EDITOR);
        akimatRef = org.kuzet.TestData.unique("actor/akimat-almaty");
        akimat = jdbc.sql("insert into actor (external_id, kind, actor_type, name) values (?, "
                + "'organisation', 'state_body', 'Akimat of Almaty') returning id").param(akimatRef).query(Long.class)
                .single();
    }

    private JsonNode send(RequestPostProcessor who, String path, String body, int expected) throws Exception {
        String answer = mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    @Test
    void anInformationRequestGetsFifteenCalendarDaysAndItsStatus() throws Exception {
        long answeredBefore = answered();
        JsonNode created = send(monitor, "/api/v1/inquiries", """
                {"kind": "information_request", "addressee": "%s", "on_behalf_of": "Vlast.kz",
                 "subject": "Media grants of the city for 2024", "sent_on": "2024-03-01"}""".formatted(akimatRef), 201);
        assertThat(created.get("deadline").stringValue()).isEqualTo("2024-03-16");
        assertThat(created.get("basis").stringValue()).isEqualTo("access_to_information");
        assertThat(created.get("addressee_name").stringValue()).isEqualTo("Akimat of Almaty");
        assertThat(created.get("on_behalf_of_name").stringValue()).isEqualTo("Vlast.kz");
        assertThat(created.get("status").stringValue()).isEqualTo("overdue");
        long id = created.get("id").longValue();

        JsonNode extended = send(monitor, "/api/v1/inquiries/" + id + "/extend", "", 200);
        assertThat(extended.get("extended_to").stringValue()).isEqualTo("2024-03-31");
        send(monitor, "/api/v1/inquiries/" + id + "/extend", "", 409);

        JsonNode answered = send(monitor, "/api/v1/inquiries/" + id + "/answer", """
                {"answered_on": "2024-03-29", "outcome": "answered", "text": "The grants total 120 million tenge."}""",
                200);
        assertThat(answered.get("status").stringValue()).isEqualTo("answered");
        assertThat(answered()).isEqualTo(answeredBefore + 1);
        // unpublished: not there for the public
        mvc.perform(get("/api/v1/inquiries/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aWorkingDayTermSkipsNauryzAndTheDaysOffCarriedOver() throws Exception {
        // 2026: Nauryz falls on Saturday 21 to Monday 23 March, its weekend days are carried to Tuesday 24 and
        // Wednesday 25; five working days from Thursday 19 March are 20, 26, 27, 30 and 31 March
        assertThat(holidays.addWorkingDays(LocalDate.of(2026, 3, 19), 5)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(holidays.isWorking(LocalDate.of(2026, 3, 24))).isFalse();
        JsonNode appeal = send(monitor, "/api/v1/inquiries", """
                {"kind": "appeal", "addressee_name": "Ministry of Information", "subject": "Accreditation rules",
                 "sent_on": "2026-03-19", "basis": "right_of_reply"}""", 201);
        assertThat(appeal.get("deadline").stringValue()).isEqualTo("2026-03-31");
    }

    @Test
    void badInputIsNamedFieldByFieldAndAnAnswerBeforeTheRequestIsRefused() throws Exception {
        mvc.perform(post("/api/v1/inquiries").with(monitor).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "petition", "subject": " ", "sent_on": "2024-02-30", "basis": "no_such_law"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("kind",
                        "addressee_name", "subject", "sent_on", "basis")));
        long id = send(monitor, "/api/v1/inquiries", """
                {"kind": "information_request", "addressee_name": "Akimat of Shymkent", "subject": "Budget",
                 "sent_on": "2024-03-05"}""", 201).get("id").longValue();
        mvc.perform(post("/api/v1/inquiries/" + id + "/answer").with(monitor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answered_on\": \"2024-03-04\", \"outcome\": \"answered\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("answered_on"));
        assertThat(jdbc.sql("select count(*) from inquiry where id = ? and answered_on is not null").param(id)
                .query(Long.class).single()).isZero();
        // a correspondent does not keep requests
        send(Staff.as(accounts, Role.CORRESPONDENT), "/api/v1/inquiries", "{}", 403);
    }

    @Test
    void aRefusalIsProposedOnceAndOnlyOnceAsADraftNeverPublished() throws Exception {
        LocalDate today = LocalDate.now(Today.CLOCK);
        refusals.sweep(today); // what the class's other tests left unanswered is proposed now, not counted below
        long proposedBefore = proposedRefusals();
        long refused = send(monitor, "/api/v1/inquiries", """
                {"kind": "information_request", "addressee": "%s", "subject": "Tender documents",
                 "sent_on": "2024-03-01"}""".formatted(akimatRef), 201).get("id").longValue();
        send(monitor, "/api/v1/inquiries/" + refused + "/answer", """
                {"answered_on": "2024-03-10", "outcome": "refused", "text": "For official use only."}""", 200);
        long silent = send(monitor, "/api/v1/inquiries", """
                {"kind": "information_request", "addressee_name": "Police department of Oral",
                 "subject": "Detentions on 8 March", "sent_on": "2024-03-11"}""", 201).get("id").longValue();
        // a request to a non-state addressee is never proposed as a refusal
        send(monitor, "/api/v1/inquiries", """
                {"kind": "appeal", "addressee_name": "A private broadcaster", "state_addressee": false,
                 "subject": "Archive footage", "sent_on": "2024-03-11"}""", 201);

        assertThat(refusals.sweep(today)).isEqualTo(1);
        assertThat(refusals.sweep(today)).isZero();
        assertThat(refusals.sweep(today.plusDays(1))).isZero();

        java.util.Set<Long> drafts = new java.util.HashSet<>();
        for (long id : new long[] {refused, silent}) {
            JsonNode q = json.readTree(mvc.perform(get("/api/v1/inquiries/" + id).with(monitor)).andReturn()
                    .getResponse().getContentAsString());
            long draft = q.get("refusal_incident").longValue();
            drafts.add(draft);
            assertThat(jdbc.sql("select name from incident_perpetrator where incident_id = ?")
                    .param(draft).query(String.class).single()).isEqualTo(q.get("addressee_name").stringValue());
            assertThat(jdbc.sql("select primary_category || ' ' || workflow_state from incident where id = ?")
                    .param(draft).query(String.class).single()).isEqualTo("refusal_of_information draft");
        }
        assertThat(drafts).hasSize(2);
        assertThat(proposedRefusals()).isEqualTo(proposedBefore + 2);
    }

    @Test
    void theRightOfReplyEndsInAStatementOrInNoReply() throws Exception {
        refusals.sweep(LocalDate.now(Today.CLOCK)); // the class's other requests left unanswered: proposed now
        long answered = incidentInReview("Akimat barred journalists from a session");
        long silent = incidentInReview("Police seized a blogger's phone");
        send(monitor, "/api/v1/inquiries", reply(answered, "2024-03-01"), 403);
        JsonNode asked = send(editor, "/api/v1/inquiries", reply(answered, "2024-03-01"), 201);
        assertThat(asked.get("deadline").stringValue()).isEqualTo("2024-03-11");
        long askedId = asked.get("id").longValue();
        send(editor, "/api/v1/inquiries", reply(silent, "2024-03-01"), 201);

        JsonNode replied = send(editor, "/api/v1/inquiries/" + askedId + "/answer", """
                {"answered_on": "2024-03-05", "outcome": "answered", "stance": "rebuttal",
                 "text": "The session was closed by law; no journalist was barred."}""", 200);
        long statement = replied.get("statement").longValue();
        assertThat(jdbc.sql("select stance from statement where id = ?").param(statement).query(String.class)
                .single()).isEqualTo("rebuttal");
        assertThat(jdbc.sql("select incident_id from statement_incident where statement_id = ?").param(statement)
                .query(Long.class).single()).isEqualTo(answered);

        // publishing does not wait; the request becomes public with the incident, and says "no reply by"
        jdbc.sql("update incident set workflow_state = 'published', published_at = now() where id = ?")
                .param(silent).update();
        publish(silent);
        String page = mvc.perform(get("/inquiries/about/" + silent)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Akimat of Almaty").contains("no reply by 2024-03-11");
        // no draft refusal for a right of reply left unanswered
        assertThat(refusals.sweep(LocalDate.now(Today.CLOCK))).isZero();
    }

    /** The requests marked answered, as a monitor lists them. */
    private long answered() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/inquiries").param("status", "answered").with(monitor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("total").longValue();
    }

    private long proposedRefusals() {
        return jdbc.sql("select count(*) from audit_entry where action = 'inquiry.refusal_proposed'")
                .query(Long.class).single();
    }

    private void publish(long incident) {
        jdbc.sql("update inquiry q set published_at = now(), published_by = 'test' from inquiry_incident l "
                + "where l.inquiry_id = q.id and l.incident_id = ?").param(incident).update();
    }

    private String reply(long incident, String sentOn) {
        return """
                {"kind": "right_of_reply", "addressee": %d, "subject": "Your comment on the allegation",
                 "sent_on": "%s", "incidents": [%d]}""".formatted(akimat, sentOn, incident);
    }

    private long incidentInReview(String title) {
        return jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state,
                    created_by)
                values (?, date '2024-02-20', 'day', 'kz-almaty', 'interference_professional_activity', 'in_review',
                    'test-monitor') returning id""").param(title).query(Long.class).single();
    }
}
