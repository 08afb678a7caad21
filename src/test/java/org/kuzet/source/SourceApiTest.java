package org.kuzet.source;

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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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
import tools.jackson.databind.json.JsonMapper;

/** Sources are archived with their hash; correspondents' reports stay hidden from the public. */
@SpringBootTest
@AutoConfigureMockMvc
class SourceApiTest {

    // seed 003, the minister's words as archived
    static final String TEXT = "Министр заявил, что угрозы в адрес журналистов недопустимы.";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theHashOfTheArchivedTextIsComputedAndAWrongOneRefused() throws Exception {
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TEXT.getBytes(StandardCharsets.UTF_8)));
        long id = create(Role.MONITOR, """
                {"kind": "media_article", "outlet_name": "Orda.kz", "title": "Minister on threats",
                 "url": "https://orda.kz/example", "published_on": "2025-10",
                 "retrieved_at": "2026-11-23T00:00:00Z", "archived_text": "%s"}""".formatted(TEXT));
        mvc.perform(get("/api/v1/sources/" + id).with(Staff.as(accounts, Role.EDITOR)))
                .andExpect(jsonPath("$.sha256").value(expected))
                .andExpect(jsonPath("$.published_on").value("2025-10"));
        // the same hash in upper case is accepted
        create(Role.MONITOR, """
                {"kind": "media_article", "archived_text": "%s", "sha256": "%s"}"""
                .formatted(TEXT, expected.toUpperCase()));

        long before = count();
        mvc.perform(post("/api/v1/sources").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "media_article", "archived_text": "%s", "sha256": "%s"}"""
                                .formatted(TEXT, "0".repeat(64))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sha256"))
                .andExpect(jsonPath("$.errors[0].message", containsString(expected)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCorrespondentsReportIsNeverShownToThePublic() throws Exception {
        long published = Fixtures.incident(jdbc, null, "Judge removed a TobolInfo journalist", "published");
        long draft = Fixtures.incident(jdbc, null, "Unchecked report", "draft");
        long report = create(Role.CORRESPONDENT, """
                {"kind": "correspondent_report", "title": "From the courtroom", "correspondent": "K. in Kostanay",
                 "archived_text": "The judge asked the journalist to leave."}""");
        long flagged = create(Role.MONITOR, """
                {"kind": "media_article", "title": "Flagged", "confidential": true}""");
        long article = create(Role.MONITOR, """
                {"kind": "media_article", "title": "TobolInfo on the hearing"}""");
        long unpublishedOnly = create(Role.MONITOR, """
                {"kind": "media_article", "title": "About a draft"}""");
        Fixtures.link(jdbc, published, report);
        Fixtures.link(jdbc, published, flagged);
        Fixtures.link(jdbc, published, article);
        Fixtures.link(jdbc, draft, article);
        Fixtures.link(jdbc, draft, unpublishedOnly);

        mvc.perform(get("/api/v1/sources/" + report)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sources/" + flagged)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sources/" + unpublishedOnly)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sources/" + article)).andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents", containsInAnyOrder((int) published)));
        mvc.perform(get("/api/v1/sources").param("size", "200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) article)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) report))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) flagged))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) unpublishedOnly))));
        mvc.perform(get("/api/v1/sources").param("kind", "correspondent_report"))
                .andExpect(jsonPath("$.total").value(0));
        // its author reads it back (SourceAuthorTest: no other correspondent does); an editor sees who reported
        mvc.perform(get("/api/v1/sources/" + report).with(Staff.as(accounts, Role.CORRESPONDENT)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/sources/" + report).with(Staff.as(accounts, Role.EDITOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.correspondent").value("K. in Kostanay"));
        mvc.perform(get("/api/v1/sources/" + unpublishedOnly).with(Staff.as(accounts, Role.MONITOR)))
                .andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/sources").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "rumour", "outlet": 987654, "url": "not a url", "published_on": "2023-02-29",
                         "retrieved_at": "2999-01-01T00:00:00Z", "sha256": "xyz"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "outlet", "url",
                        "published_on", "retrieved_at", "sha256")));
        mvc.perform(post("/api/v1/sources").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"published_on": "2999-05"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "published_on")))
                .andExpect(jsonPath("$.errors[?(@.field == 'published_on')].message",
                        hasItem(containsString("future"))));
        mvc.perform(put("/api/v1/sources/987654").with(Staff.as(accounts, Role.MONITOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"other\"}"))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from source").query(Long.class).single();
    }

    private long create(Role role, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/sources").with(Staff.as(accounts, role))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").longValue();
    }
}
