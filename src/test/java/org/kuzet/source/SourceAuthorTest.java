package org.kuzet.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.Fixtures;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sources have an author (the signed-in account that recorded them). A hidden source (confidential, or a
 * correspondent's report whatever its flag) is shown to its author and to monitors up only; who reported it and
 * who recorded it likewise.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourceAuthorTest {

    private static final String ONE = "src-correspondent-one";
    private static final String TWO = "src-correspondent-two";
    private static final String MONITOR = "src-monitor";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    RequestPostProcessor one;
    RequestPostProcessor two;
    RequestPostProcessor monitor;

    @BeforeEach
    void accounts() {
        one = Staff.named(accounts, ONE, Role.CORRESPONDENT);
        two = Staff.named(accounts, TWO, Role.CORRESPONDENT);
        monitor = Staff.named(accounts, MONITOR, Role.MONITOR);
    }

    @Test
    void aReportSentUnflaggedIsStoredConfidentialAndShownToItsAuthorAndMonitorsOnly() throws Exception {
        long incident = Fixtures.incident(jdbc, null, "Published with a report", "published");
        String created = mvc.perform(post("/api/v1/sources").with(one).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "correspondent_report", "title": "Report from the field SA2",
                                 "archived_text": "I saw it. SA2", "correspondent": "Aigerim, +7 701 555 0100",
                                 "confidential": false}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.confidential").value(true))
                .andExpect(jsonPath("$.created_by").value(ONE))
                .andExpect(jsonPath("$.correspondent").value("Aigerim, +7 701 555 0100"))
                .andReturn().getResponse().getContentAsString();
        long report = json.readTree(created).get("id").longValue();
        Fixtures.link(jdbc, incident, report);
        assertThat(jdbc.sql("select confidential from source where id = ?").param(report).query(Boolean.class)
                .single()).isTrue();

        mvc.perform(get("/api/v1/sources/" + report)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sources/" + report).with(two)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/sources/" + report).with(two).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"other\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sources/" + report).with(one)).andExpect(status().isOk())
                .andExpect(jsonPath("$.correspondent").value("Aigerim, +7 701 555 0100"))
                .andExpect(jsonPath("$.incidents[0]").value((int) incident));
        mvc.perform(get("/api/v1/sources/" + report).with(monitor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created_by").value(ONE))
                .andExpect(jsonPath("$.correspondent").value("Aigerim, +7 701 555 0100"));

        for (RequestPostProcessor outsider : new RequestPostProcessor[] {request -> request, two}) {
            mvc.perform(get("/api/v1/sources").param("kind", "correspondent_report").param("size", "200").with(outsider))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].id", not(hasItem((int) report))));
        }
        for (RequestPostProcessor reader : new RequestPostProcessor[] {one, monitor}) {
            mvc.perform(get("/api/v1/sources").param("kind", "correspondent_report").param("size", "200")
                            .with(reader))
                    .andExpect(jsonPath("$.items[*].id", hasItem((int) report)));
        }
    }

    @Test
    void whoReportedAndWhoRecordedAPublicSourceAreForItsAuthorAndMonitors() throws Exception {
        long incident = Fixtures.incident(jdbc, null, "Published with an article", "published");
        String created = mvc.perform(post("/api/v1/sources").with(one).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "media_article", "title": "Hearing closed", "correspondent": "Aigerim"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long article = json.readTree(created).get("id").longValue();
        Fixtures.link(jdbc, incident, article);

        for (RequestPostProcessor outsider : new RequestPostProcessor[] {request -> request, two}) {
            mvc.perform(get("/api/v1/sources/" + article).with(outsider)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.confidential").value(false))
                    .andExpect(jsonPath("$.correspondent").doesNotExist())
                    .andExpect(jsonPath("$.created_by").doesNotExist());
        }
        for (RequestPostProcessor reader : new RequestPostProcessor[] {one, monitor}) {
            mvc.perform(get("/api/v1/sources/" + article).with(reader)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.correspondent").value("Aigerim"))
                    .andExpect(jsonPath("$.created_by").value(ONE));
        }
    }

    @Test
    void theDatabaseRefusesAReportThatIsNotMarkedConfidential() {
        assertThatThrownBy(() -> jdbc.sql("insert into source (kind, title, confidential) "
                + "values ('correspondent_report', 'Unmarked', false)").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
