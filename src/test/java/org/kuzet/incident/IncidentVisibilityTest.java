package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Two correspondents, a monitor and an editor: a correspondent sees published incidents as the public does and the
 * incidents they recorded themselves with those records' own confidential parts, nothing of another correspondent's
 * unpublished work, and changes only their own drafts. The public and correspondents never learn who published.
 */
class IncidentVisibilityTest extends IncidentApiSupport {

    static final String FIRST = "incident-correspondent-1";
    static final String SECOND = "incident-correspondent-2";
    static final String NOTES = "Heard from the court clerk, who must stay unnamed.";
    static final String CONTACT = "+7 701 000 00 00, evenings only";

    /** A title no other test uses, so lists can be searched for it (in a month no other test uses: 2003-07). */
    String title;

    @BeforeEach
    void correspondents() {
        for (String name : List.of(FIRST, SECOND)) {
            if (!accounts.exists(name)) {
                accounts.create(name, "Correspondent", PASSWORD, Role.CORRESPONDENT);
            }
        }
        title = "Report from the regions " + UUID.randomUUID();
    }

    static RequestPostProcessor first() {
        return httpBasic(FIRST, PASSWORD);
    }

    static RequestPostProcessor second() {
        return httpBasic(SECOND, PASSWORD);
    }

    /** Someone signed in to the web workspace (which takes no HTTP Basic). */
    static RequestPostProcessor signedIn(String username, Role role) {
        return user(username).roles(role.name());
    }

    static RequestPostProcessor web(String correspondent) {
        return signedIn(correspondent, Role.CORRESPONDENT);
    }

    /** An incident the first correspondent recorded, with confidential notes and a victim's contact. */
    long recordedByFirst() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("title", title);
        body.put("date", "2003-07-14");
        body.put("confidential_notes", NOTES);
        ((Map<String, Object>) ((List<?>) body.get("victims")).getFirst()).put("contact", CONTACT);
        String response = send(post("/api/v1/incidents"), first(), body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    @Test
    void anotherCorrespondentsDraftIsNotFoundAnywhere() throws Exception {
        long draft = recordedByFirst();
        for (String uri : List.of("/api/v1/incidents/" + draft, "/api/v1/incidents/" + draft + "/revisions")) {
            mvc.perform(get(uri).with(second())).andExpect(status().isNotFound());
            mvc.perform(get(uri).with(monitor())).andExpect(status().isOk());
        }
        for (String uri : List.of("/staff/incidents/" + draft, "/staff/incidents/" + draft + "/edit")) {
            mvc.perform(get(uri).with(web(SECOND))).andExpect(status().isNotFound());
            mvc.perform(get(uri).with(signedIn(MONITOR, Role.MONITOR))).andExpect(status().isOk());
        }
        read("/api/v1/incidents/" + draft).andExpect(status().isNotFound());
        assertThat(page("/staff/incidents?month=2003-07", web(SECOND))).doesNotContain(title);
        assertThat(page("/staff/incidents?month=2003-07", signedIn(MONITOR, Role.MONITOR))).contains(title);
        assertThat(page("/staff/incidents", web(FIRST))).contains(title);
        assertThat(listedTitles("draft", second())).doesNotContain(title);
        assertThat(listedTitles("draft", first())).contains(title);
        assertThat(listedTitles(null, second())).doesNotContain(title);
    }

    @Test
    void theAuthorSeesTheirOwnRecordWhole() throws Exception {
        long draft = recordedByFirst();
        mvc.perform(get("/api/v1/incidents/" + draft).with(first())).andExpect(status().isOk())
                .andExpect(jsonPath("$.confidential_notes").value(NOTES))
                .andExpect(jsonPath("$.victims[0].contact").value(CONTACT));
        assertThat(page("/staff/incidents/" + draft, web(FIRST))).contains(NOTES, CONTACT);
    }

    @Test
    void aPublishedIncidentIsSeenByOtherCorrespondentsAsByThePublic() throws Exception {
        long id = recordedByFirst();
        step(id, "submit", first());
        step(id, "publish", editor());
        for (RequestPostProcessor reader : List.of(second(), anonymous())) {
            mvc.perform(get("/api/v1/incidents/" + id).with(reader)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.title").value(title))
                    .andExpect(jsonPath("$.confidential_notes").doesNotExist())
                    .andExpect(jsonPath("$.victims[0].contact").doesNotExist())
                    .andExpect(jsonPath("$.published_by").doesNotExist());
            mvc.perform(get("/api/v1/incidents/" + id + "/revisions").with(reader)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].recorded_by").doesNotExist())
                    .andExpect(jsonPath("$[0].snapshot.title").value(title))
                    .andExpect(jsonPath("$[0].snapshot.confidential_notes").doesNotExist())
                    .andExpect(jsonPath("$[0].snapshot.victims[0].contact").doesNotExist())
                    .andExpect(jsonPath("$[0].snapshot.published_by").doesNotExist());
        }
        assertThat(page("/staff/incidents/" + id, web(SECOND))).contains(title).doesNotContain(NOTES, CONTACT, EDITOR);
        // the author keeps what they wrote, but who published stays the desk's
        mvc.perform(get("/api/v1/incidents/" + id).with(first()))
                .andExpect(jsonPath("$.confidential_notes").value(NOTES))
                .andExpect(jsonPath("$.published_by").doesNotExist());
        mvc.perform(get("/api/v1/incidents/" + id + "/revisions").with(first()))
                .andExpect(jsonPath("$[0].snapshot.victims[0].contact").value(CONTACT))
                .andExpect(jsonPath("$[0].recorded_by").doesNotExist());
        assertThat(page("/staff/incidents/" + id, web(FIRST))).contains(NOTES).doesNotContain(EDITOR);
        mvc.perform(get("/api/v1/incidents/" + id).with(monitor()))
                .andExpect(jsonPath("$.published_by").value(EDITOR))
                .andExpect(jsonPath("$.confidential_notes").value(NOTES));
    }

    @Test
    void aCorrespondentMayNotChangeAnothersDraft() throws Exception {
        long draft = recordedByFirst();
        String before = incidentTables();
        Map<String, Object> wiped = tobolInfo();
        wiped.put("title", "Overwritten by someone else");
        wiped.put("victims", List.of());
        wiped.put("confidential_notes", null);
        sendOnCurrent(putTo(draft), draft, second(), wiped).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        sendOnCurrent(post("/api/v1/incidents/" + draft + "/submit"), draft, second(), "")
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/incidents/" + draft).with(web(SECOND)).with(csrf()).param("title", "Overwritten")
                        .param("date", "2024-03").param("primaryCategory", "threats")
                        .param("revision", String.valueOf(revision(draft))))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/staff/incidents/" + draft + "/submit").with(web(SECOND)).with(csrf())
                        .param("revision", String.valueOf(revision(draft))))
                .andExpect(status().is4xxClientError());
        assertThat(incidentTables()).isEqualTo(before);
        mvc.perform(get("/api/v1/incidents/" + draft).with(first())).andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.confidential_notes").value(NOTES))
                .andExpect(jsonPath("$.victims[0].contact").value(CONTACT));
    }

    @Test
    void aCorrespondentChangesOnlyTheirOwnDrafts() throws Exception {
        long draft = recordedByFirst();
        Map<String, Object> changed = tobolInfo();
        changed.put("title", title + " (checked)");
        sendOnCurrent(putTo(draft), draft, first(), changed).andExpect(status().isOk());
        step(draft, "submit", first());
        // the review queue is the desk's
        assertThat(page("/staff", web(SECOND))).doesNotContain(title);
        // under review it is the desk's: the author neither edits it nor sees an edit form
        String before = incidentTables();
        sendOnCurrent(putTo(draft), draft, first(), tobolInfo()).andExpect(status().isForbidden());
        mvc.perform(get("/staff/incidents/" + draft + "/edit").with(web(FIRST))).andExpect(status().isForbidden());
        assertThat(incidentTables()).isEqualTo(before);
        // publishing stays the editors'
        mvc.perform(post("/api/v1/incidents/" + draft + "/publish").with(first()).header("If-Match", version(draft)))
                .andExpect(status().isForbidden());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void aCorrespondentDoesNotEditAnothersPublishedIncident() throws Exception {
        long id = recordedByFirst();
        step(id, "submit", first());
        step(id, "publish", editor());
        mvc.perform(get("/staff/incidents/" + id + "/edit").with(web(SECOND))).andExpect(status().isForbidden());
        Map<String, Object> correction = tobolInfo();
        correction.put("note", "my own correction");
        String before = incidentTables();
        sendOnCurrent(post("/api/v1/incidents/" + id + "/correct"), id, second(), correction)
                .andExpect(status().isForbidden());
        assertThat(incidentTables()).isEqualTo(before);
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }

    @Test
    void monitorsReadTheTrailOfChangesOnTheIncidentsPageItsAuthorDoesNot() throws Exception {
        long id = recordedByFirst();
        String monitors = page("/staff/incidents/" + id + "?lang=ru", signedIn(MONITOR, Role.MONITOR));
        assertThat(monitors).contains("История изменений", "Нарушение записано", FIRST);
        // the trail's before and after hold the notes and contacts of every version: not a correspondent's to read
        assertThat(page("/staff/incidents/" + id + "?lang=ru", web(FIRST))).doesNotContain("История изменений");
    }

    private String page(String uri, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(uri).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The titles the API list answers this caller, in one state or in all. */
    private List<String> listedTitles(String state, RequestPostProcessor who) throws Exception {
        var request = get("/api/v1/incidents").param("size", "200").accept(MediaType.APPLICATION_JSON);
        if (state != null) {
            request.param("state", state);
        }
        JsonNode items = json.readTree(mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).get("items");
        return items.valueStream().map(i -> i.get("title").asString()).toList();
    }

    private int revision(long id) {
        return jdbc.sql("select revision from incident where id = ?").param(id).query(Integer.class).single();
    }
}
