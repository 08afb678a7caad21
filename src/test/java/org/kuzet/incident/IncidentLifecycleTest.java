package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recording, reading and changing an incident, and each step of its review, on the real database. */
class IncidentLifecycleTest extends IncidentApiSupport {

    @Test
    void aRecordedIncidentIsReadBackWithEveryField() throws Exception {
        send(post("/api/v1/incidents"), monitor(), tobolInfo())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/incidents/")))
                .andExpect(jsonPath("$.state").value("draft"))
                .andExpect(jsonPath("$.revision").value(1));
        long id = jdbc.sql("select max(id) from incident").query(Long.class).single();
        readAsStaff("/api/v1/incidents/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Judge removed a TobolInfo journalist from an open hearing"))
                .andExpect(jsonPath("$.date").value("2024-03"))
                .andExpect(jsonPath("$.place").value("kz-kostanay"))
                .andExpect(jsonPath("$.primary_category").value("judicial_transparency_violation"))
                .andExpect(jsonPath("$.categories[0]").value("interference_professional_activity"))
                .andExpect(jsonPath("$.people_affected").value(1))
                .andExpect(jsonPath("$.verification").value("confirmed"))
                .andExpect(jsonPath("$.independent_sources").value(1))
                .andExpect(jsonPath("$.victims[0].name").value("TobolInfo journalist"))
                .andExpect(jsonPath("$.victims[0].kind").value("journalist"))
                .andExpect(jsonPath("$.victims[0].role").value("reporter"))
                .andExpect(jsonPath("$.victims[0].contact").value("via the TobolInfo editorial office"))
                .andExpect(jsonPath("$.perpetrators[0].type").value("court"))
                .andExpect(jsonPath("$.confidential_notes").value("Correspondent in Kostanay reported it by phone."))
                .andExpect(jsonPath("$.external_id").value("incident/" + id));
        assertThat(jdbc.sql("select date_precision from incident where id = ?").param(id).query(String.class).single())
                .isEqualTo("month");
    }

    @Test
    void aDraftIsChangedByUpdate() throws Exception {
        long id = create(tobolInfo());
        Map<String, Object> changed = tobolInfo();
        changed.put("date", "2024-03-14");
        changed.put("verification", "disputed");
        changed.put("victims", List.of(Map.of("name", "Aigerim, TobolInfo", "kind", "journalist", "gender", "female")));
        sendOnCurrent(putTo(id), id, monitor(), changed).andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2024-03-14"))
                .andExpect(jsonPath("$.verification").value("disputed"));
        readAsStaff("/api/v1/incidents/" + id)
                .andExpect(jsonPath("$.victims.length()").value(1))
                .andExpect(jsonPath("$.victims[0].gender").value("female"))
                .andExpect(jsonPath("$.date").value("2024-03-14"));
    }

    @Test
    void draftGoesThroughReviewToPublishedRecordingWhoAndWhen() throws Exception {
        long id = create(tobolInfo());
        sendOnCurrent(post("/api/v1/incidents/" + id + "/submit"), id, monitor(), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("in_review"));
        sendOnCurrent(post("/api/v1/incidents/" + id + "/publish"), id, editor(), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("published"))
                .andExpect(jsonPath("$.published_by").value(EDITOR))
                .andExpect(jsonPath("$.published_at").exists());
        // recorded, submitted, published: the third revision is the one made public
        assertThat(count("select count(*) from incident_revision where revision = 3 and recorded_by = '" + EDITOR
                + "' and incident_id = " + id)).isEqualTo(1);
    }

    @Test
    void aMonitorMayNotPublish() throws Exception {
        long id = create(tobolInfo());
        step(id, "submit", monitor());
        String before = incidentTables();
        sendOnCurrent(post("/api/v1/incidents/" + id + "/publish"), id, monitor(), "").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void rejectedWithReasonThenReopenedAsDraft() throws Exception {
        long id = create(tobolInfo());
        step(id, "submit", monitor());
        sendOnCurrent(post("/api/v1/incidents/" + id + "/reject"), id, editor(), Map.of("reason", "Only one anonymous source"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("rejected"))
                .andExpect(jsonPath("$.rejection_reason").value("Only one anonymous source"));
        sendOnCurrent(post("/api/v1/incidents/" + id + "/reopen"), id, monitor(), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("draft"));
    }

    @Test
    void aRejectionNeedsAReason() throws Exception {
        long id = create(tobolInfo());
        step(id, "submit", monitor());
        sendOnCurrent(post("/api/v1/incidents/" + id + "/reject"), id, editor(), Map.of("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        readAsStaff("/api/v1/incidents/" + id).andExpect(jsonPath("$.state").value("in_review"));
    }

    @Test
    void anIncidentUnderReviewIsReturnedToDraft() throws Exception {
        long id = create(tobolInfo());
        step(id, "submit", monitor());
        sendOnCurrent(post("/api/v1/incidents/" + id + "/return"), id, editor(), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("draft"));
    }

    @Test
    void stepsTheWorkflowDoesNotHaveAreConflicts() throws Exception {
        long draft = create(tobolInfo());
        long published = published(tobolInfo());
        String before = incidentTables();
        for (String step : List.of("publish", "reopen", "return")) {
            sendOnCurrent(post("/api/v1/incidents/" + draft + "/" + step), draft, editor(), "").andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(409));
        }
        sendOnCurrent(post("/api/v1/incidents/" + draft + "/reject"), draft, editor(), Map.of("reason", "x"))
                .andExpect(status().isConflict());
        for (String step : List.of("submit", "publish", "reopen", "return")) {
            sendOnCurrent(post("/api/v1/incidents/" + published + "/" + step), published, editor(), "").andExpect(status().isConflict());
        }
        Map<String, Object> correction = tobolInfo();
        correction.put("note", "typo");
        sendOnCurrent(post("/api/v1/incidents/" + draft + "/correct"), draft, editor(), correction).andExpect(status().isConflict());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void aPublishedIncidentIsNotUpdatedButPointsToCorrection() throws Exception {
        long id = published(tobolInfo());
        String before = incidentTables();
        Map<String, Object> changed = tobolInfo();
        changed.put("title", "Changed quietly");
        sendOnCurrent(putTo(id), id, editor(), changed).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/correct")));
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void aCorrectionMakesARevisionAndKeepsThePublishedVersion() throws Exception {
        long id = published(tobolInfo());
        Map<String, Object> corrected = tobolInfo();
        corrected.put("people_affected", 2);
        corrected.put("title", "Judge removed two TobolInfo journalists from an open hearing");
        corrected.put("note", "A second journalist was removed too");
        sendOnCurrent(post("/api/v1/incidents/" + id + "/correct"), id, editor(), corrected).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(4))
                .andExpect(jsonPath("$.people_affected").value(2))
                .andExpect(jsonPath("$.state").value("published"));
        readAsStaff("/api/v1/incidents/" + id + "/revisions")
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].revision").value(3))
                .andExpect(jsonPath("$[0].snapshot.people_affected").value(1))
                .andExpect(jsonPath("$[0].snapshot.title")
                        .value("Judge removed a TobolInfo journalist from an open hearing"))
                .andExpect(jsonPath("$[1].revision").value(4))
                .andExpect(jsonPath("$[1].note").value("A second journalist was removed too"))
                .andExpect(jsonPath("$[1].recorded_by").value(EDITOR))
                .andExpect(jsonPath("$[1].snapshot.people_affected").value(2));
    }

    @Test
    void aMonitorMayNotCorrect() throws Exception {
        long id = published(tobolInfo());
        Map<String, Object> corrected = tobolInfo();
        corrected.put("note", "why not");
        String before = incidentTables();
        sendOnCurrent(post("/api/v1/incidents/" + id + "/correct"), id, monitor(), corrected).andExpect(status().isForbidden());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentListsTheIncidentEndpoints() throws Exception {
        read("/v3/api-docs").andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Kuzet API"))
                .andExpect(jsonPath("$.paths['/api/v1/incidents']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incidents/{id}/publish']").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Incidents")));
    }
}
