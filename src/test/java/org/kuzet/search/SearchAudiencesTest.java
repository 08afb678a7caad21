package org.kuzet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/search for its three audiences, over HTTP with real accounts: the public, two correspondents (each
 * the author of their own records) and a monitor. Markers sit in a correspondent's report, in a correspondent's
 * name and phone number, in confidential notes, victims' contacts and drafts; nobody finds what they may not
 * read, in titles, texts, highlights, facets, counts or suggestions; an author finds their own; a monitor finds all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchAudiencesTest {

    private static final String ONE = "sa-correspondent-one";
    private static final String TWO = "sa-correspondent-two";
    private static final String MONITOR = "sa-monitor";

    /** The probe's report: confidential by its kind although it was sent with "confidential": false. */
    private static final String REPORT_MARKER = "MK1";
    /** Correspondent one's name and phone number, in the correspondent field of a public source and in notes. */
    private static final String NAME_MARKER = "Kozhakhmetzqova";
    private static final String PHONE_MARKER = "5550199";
    private static final String NOTES_MARKER = "zzqaudnotes";
    private static final String CONTACT_MARKER = "zzqaudcontact";
    private static final String DRAFT_MARKER = "zzqauddraft";
    private static final String OTHER_DRAFT_MARKER = "zzqaudothers";
    /** A victim's name only correspondent one's draft holds (misspelt, it is corrected towards it). */
    private static final String DRAFT_NAME = "Tolkynbekzqova";
    private static final String DRAFT_NAME_TYPO = "Tolkynbekzqva";
    /** Said by the public text of correspondent one's published incident: everyone finds that incident. */
    private static final String PUBLIC_WORD = "Zharkentaudit";

    private static final List<String> ONES_SECRETS = List.of(REPORT_MARKER, NAME_MARKER, PHONE_MARKER, NOTES_MARKER,
            CONTACT_MARKER, DRAFT_MARKER);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    RequestPostProcessor one;
    RequestPostProcessor two;
    RequestPostProcessor monitor;
    long published;
    long draft;
    long othersDraft;
    long report;
    long article;

    @BeforeEach
    void world() throws Exception {
        one = Staff.named(accounts, ONE, Role.CORRESPONDENT);
        two = Staff.named(accounts, TWO, Role.CORRESPONDENT);
        monitor = Staff.named(accounts, MONITOR, Role.MONITOR);
        if (jdbc.sql("select count(*) from incident where external_id = 'sa-published'").query(Long.class).single() == 0) {
            load();
        }
        published = incident("sa-published");
        draft = incident("sa-draft");
        othersDraft = incident("sa-others-draft");
        report = source(REPORT_MARKER);
        article = source("Closed hearing in Zharkent");
    }

    private void load() throws Exception {
        SearchFixture rows = SearchFixture.empty(jdbc);
        long mine = rows.incident("sa-published", "Journalist threatened in " + PUBLIC_WORD,
                "A journalist was threatened after a report.", LocalDate.of(2024, 5, 3), "day", "kz-almaty",
                "threats", "confirmed", "published", NOTES_MARKER + " asked by " + NAME_MARKER + " " + PHONE_MARKER,
                null);
        rows.victim(mine, null, "Aliya Nurlanova", "journalist", null, "phone " + CONTACT_MARKER);
        long myDraft = rows.incident("sa-draft", "Draft " + DRAFT_MARKER, "Not yet checked.", LocalDate.of(2024, 5, 4),
                "day", "kz-almaty", "threats", "unverified", "draft", null, null);
        rows.victim(myDraft, null, DRAFT_NAME, "journalist", null, null);
        long theirs = rows.incident("sa-others-draft", "Draft " + OTHER_DRAFT_MARKER, "Not yet checked.",
                LocalDate.of(2024, 5, 5), "day", "kz-almaty", "threats", "unverified", "draft", null, null);
        jdbc.sql("update incident set created_by = ? where id in (?, ?)").params(ONE, mine, myDraft).update();
        jdbc.sql("update incident set created_by = ? where id = ?").params(TWO, theirs).update();
        // as the probe did: correspondent one posts a report unflagged, and a public source naming them
        long r = postSource("""
                {"kind": "correspondent_report", "title": "Report from the field MK1", "archived_text": "I saw it. MK1",
                 "confidential": false}""");
        long a = postSource("""
                {"kind": "media_article", "title": "Closed hearing in Zharkent", "outlet_name": "Audit Times",
                 "correspondent": "%s +7 701 %s", "archived_text": "The court closed the hearing."}"""
                .formatted(NAME_MARKER, PHONE_MARKER));
        Fixtures.link(jdbc, mine, r);
        Fixtures.link(jdbc, mine, a);
    }

    @Test
    void aCorrespondentsReportIsFoundOnlyByItsAuthorAndMonitors() throws Exception {
        for (RequestPostProcessor outsider : outsiders()) {
            JsonNode results = search(outsider, REPORT_MARKER);
            assertThat(results.get("total").asLong()).isZero();
            assertThat(results.toString()).doesNotContain("MK1").doesNotContain("I saw it");
        }
        assertThat(hits(search(one, REPORT_MARKER), "source")).containsExactly(report);
        assertThat(highlights(search(one, REPORT_MARKER))).anyMatch(h -> h.contains("<mark>MK1</mark>"));
        assertThat(hits(search(monitor, REPORT_MARKER), "source")).containsExactly(report);
    }

    @Test
    void aCorrespondentNeverFindsAnotherCorrespondentsNameOrPhone() throws Exception {
        for (String marker : List.of(NAME_MARKER, PHONE_MARKER)) {
            for (RequestPostProcessor outsider : outsiders()) {
                JsonNode results = search(outsider, marker);
                assertThat(results.get("total").asLong()).as(marker).isZero();
                assertThat(results.toString()).doesNotContain(NAME_MARKER).doesNotContain(PHONE_MARKER)
                        .doesNotContain("+7 701");
            }
            // a correspondent's name and phone are sealed at rest, and sealed text is searched by nobody: staff
            // find the record by its other words and read these on its page (docs/security.md)
            assertThat(search(one, marker).get("total").asLong()).as(marker).isZero();
            assertThat(search(monitor, marker).get("total").asLong()).as(marker).isZero();
        }
        assertThat(hits(search(monitor, PUBLIC_WORD + " journalist"), "incident")).contains(published);
    }

    @Test
    void aCorrespondentReadsNoOtherRecordsNotesContactsOrDrafts() throws Exception {
        for (String marker : List.of(NOTES_MARKER, CONTACT_MARKER, DRAFT_MARKER)) {
            for (RequestPostProcessor outsider : outsiders()) {
                JsonNode results = search(outsider, marker);
                assertThat(results.get("total").asLong()).as(marker).isZero();
                assertThat(results.get("hits")).as(marker).isEmpty();
                assertThat(results.toString()).as(marker).doesNotContain(marker);
                results.get("facets").forEach(counts -> assertThat(counts).as(marker).isEmpty());
            }
            // notes and contacts are sealed at rest and searched by nobody; a draft's title is found by its readers
            long found = marker.equals(DRAFT_MARKER) ? 1 : 0;
            assertThat(search(one, marker).get("total").asLong()).as(marker).isEqualTo(found);
            assertThat(search(monitor, marker).get("total").asLong()).as(marker).isEqualTo(found);
        }
        // the other way round too: correspondent one does not find correspondent two's draft
        assertThat(search(one, OTHER_DRAFT_MARKER).get("total").asLong()).isZero();
        assertThat(hits(search(two, OTHER_DRAFT_MARKER), "incident")).containsExactly(othersDraft);
        assertThat(hits(search(monitor, OTHER_DRAFT_MARKER), "incident")).containsExactly(othersDraft);
    }

    @Test
    void highlightsShowStaffTextOnlyToItsReaders() throws Exception {
        // everyone finds the published incident by its public words; only its author and monitors see its notes
        for (RequestPostProcessor outsider : outsiders()) {
            JsonNode results = search(outsider, PUBLIC_WORD + " " + "journalist");
            assertThat(hits(results, "incident")).containsExactly(published);
            for (String secret : ONES_SECRETS) {
                assertThat(results.toString()).doesNotContain(secret);
            }
        }
        // its sealed notes and contacts are in no one's highlights, the staff's included
        for (RequestPostProcessor reader : List.of(one, monitor)) {
            JsonNode results = search(reader, PUBLIC_WORD + " " + "journalist");
            assertThat(hits(results, "incident")).contains(published);
            assertThat(results.toString()).doesNotContain(NOTES_MARKER).doesNotContain(CONTACT_MARKER);
        }
    }

    @Test
    void facetsCountOnlyWhatTheCorrespondentMaySee() throws Exception {
        assertThat(search(two, "").path("facets").path("state").path("draft").asLong()).isEqualTo(1);
        assertThat(search(one, "").path("facets").path("state").path("draft").asLong()).isEqualTo(1);
        assertThat(search(anonymous(), "").path("facets").path("state").has("draft")).isFalse();
        assertThat(search(monitor, "").path("facets").path("state").path("draft").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(hits(search(two, "", "state", "draft", "size", "100"), "incident")).containsExactly(othersDraft);
        assertThat(hits(search(one, "", "state", "draft", "size", "100"), "incident")).containsExactly(draft);
    }

    @Test
    void aNameOnlyAnotherCorrespondentsDraftHoldsIsNeverSuggested() throws Exception {
        for (RequestPostProcessor outsider : outsiders()) {
            JsonNode results = search(outsider, DRAFT_NAME_TYPO);
            assertThat(results.get("suggestions")).isEmpty();
            assertThat(results.get("total").asLong()).isZero();
        }
        assertThat(search(one, DRAFT_NAME_TYPO).get("suggestions")).isNotEmpty();
        assertThat(hits(search(one, DRAFT_NAME_TYPO), "incident")).containsExactly(draft);
        assertThat(hits(search(monitor, DRAFT_NAME_TYPO), "incident")).containsExactly(draft);
    }

    /** The public and the correspondent who wrote none of correspondent one's records. */
    private List<RequestPostProcessor> outsiders() {
        return List.of(anonymous(), two);
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }


    private JsonNode search(RequestPostProcessor who, String q, String... more) throws Exception {
        var request = get("/api/v1/search").param("q", q).with(who);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<Long> hits(JsonNode results, String type) {
        List<Long> ids = new ArrayList<>();
        results.get("hits").forEach(h -> {
            if (h.get("type").asString().equals(type)) {
                ids.add(h.get("id").asLong());
            }
        });
        return ids;
    }

    private static List<String> highlights(JsonNode results) {
        List<String> texts = new ArrayList<>();
        results.get("hits").forEach(h -> texts.add(h.get("highlight").asString()));
        return texts;
    }

    private long postSource(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/sources").with(one).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").longValue();
    }

    private long incident(String externalId) {
        return jdbc.sql("select id from incident where external_id = ?").param(externalId).query(Long.class).single();
    }

    private long source(String titleWord) {
        return jdbc.sql("select id from source where title like ? order by id desc limit 1").param("%" + titleWord + "%")
                .query(Long.class).single();
    }
}
