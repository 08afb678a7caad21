package org.kuzet.incident;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.kuzet.api.RecordVersion;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the incident API tests share: one application on a real port (so a test can also send a chunked body over
 * HTTP) with its embedded PostgreSQL, staff accounts, a valid incident body, and calls as staff or as the public.
 */
// Thousands of calls come from one address here; the per-client budget itself is tested by security's RateLimitTest.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kuzet.rate-limit.api.capacity=1000000")
@AutoConfigureMockMvc
abstract class IncidentApiSupport {

    static final String PASSWORD = "a long enough password";
    static final String EDITOR = "incident-editor";
    static final String MONITOR = "incident-monitor";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void staffAccounts() {
        if (!accounts.exists(EDITOR)) {
            accounts.create(EDITOR, "Editor", PASSWORD, Role.EDITOR);
        }
        if (!accounts.exists(MONITOR)) {
            accounts.create(MONITOR, "Monitor", PASSWORD, Role.MONITOR);
        }
    }

    static RequestPostProcessor editor() {
        return httpBasic(EDITOR, PASSWORD);
    }

    static RequestPostProcessor monitor() {
        return httpBasic(MONITOR, PASSWORD);
    }

    /** The TobolInfo incident of the March 2024 report (seed 002), as a complete, valid request body. */
    static Map<String, Object> tobolInfo() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Judge removed a TobolInfo journalist from an open hearing");
        body.put("summary", "A Kostanay judge removed the TobolInfo journalist from an open court hearing.");
        body.put("date", "2024-03");
        body.put("place", "kz-kostanay");
        body.put("primary_category", "judicial_transparency_violation");
        body.put("categories", new ArrayList<>(List.of("interference_professional_activity")));
        body.put("people_affected", 1);
        body.put("verification", "confirmed");
        body.put("independent_sources", 1);
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("name", "TobolInfo journalist");
        victim.put("kind", "journalist");
        victim.put("role", "reporter");
        victim.put("gender", null);
        victim.put("contact", "via the TobolInfo editorial office");
        body.put("victims", new ArrayList<>(List.of(victim)));
        body.put("perpetrators", new ArrayList<>(List.of(Map.of("name", "Judge of a Kostanay court", "type", "court"))));
        body.put("confidential_notes", "Correspondent in Kostanay reported it by phone.");
        return body;
    }

    long create(Map<String, Object> body) throws Exception {
        String response = mvc.perform(post("/api/v1/incidents").with(monitor()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(response);
        if (!created.has("id")) {
            throw new AssertionError("not created: " + response);
        }
        return created.get("id").asLong();
    }

    /** Creates the incident and takes it through review to published. */
    long published(Map<String, Object> body) throws Exception {
        long id = create(body);
        step(id, "submit", monitor());
        step(id, "publish", editor());
        return id;
    }

    void step(long id, String step, RequestPostProcessor who) throws Exception {
        int status = mvc.perform(post("/api/v1/incidents/" + id + "/" + step).with(who)
                .header(HttpHeaders.IF_MATCH, version(id))).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new AssertionError(step + " of " + id + " answered " + status);
        }
    }

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body) throws Exception {
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    /** A change on the stored version of incident {@code id}: it names that version in If-Match. */
    ResultActions sendOnCurrent(MockHttpServletRequestBuilder request, long id, RequestPostProcessor who, Object body)
            throws Exception {
        return send(request.header(HttpHeaders.IF_MATCH, version(id)), who, body);
    }

    /** The stored version of an incident as its ETag ({@code "3"}). */
    String version(long id) {
        return RecordVersion.etag(jdbc.sql("select revision from incident where id = ?").param(id)
                .query(Integer.class).single());
    }

    ResultActions read(String uri) throws Exception {
        return mvc.perform(get(uri));
    }

    ResultActions readAsStaff(String uri) throws Exception {
        return mvc.perform(get(uri).with(monitor()));
    }

    static MockHttpServletRequestBuilder putTo(long id) {
        return put("/api/v1/incidents/" + id);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A fingerprint of everything the incident tables hold, to show that a refused request wrote nothing. */
    String incidentTables() {
        return jdbc.sql("""
                select concat_ws('|',
                  (select count(*) from incident), (select coalesce(max(updated_at)::text, '') from incident),
                  (select coalesce(string_agg(id || ':' || workflow_state || ':' || revision || ':' || title, ',' order by id), '') from incident),
                  (select count(*) from incident_victim), (select count(*) from incident_perpetrator),
                  (select count(*) from incident_category), (select count(*) from incident_source),
                  (select count(*) from incident_link), (select count(*) from incident_revision))""")
                .query(String.class).single();
    }
}
