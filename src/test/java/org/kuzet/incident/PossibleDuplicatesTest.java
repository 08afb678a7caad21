package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The door records a draft that may repeat another, and the suspicion with it: the same source (URL or archived
 * text), the same event (date, place, victim in any spelling), a similar title in any script. Each test makes its
 * own records, with a token no other record has.
 */
class PossibleDuplicatesTest extends IncidentApiSupport {

    private static final String WRITER = "duplicates-correspondent";
    private static final String OTHER_WRITER = "duplicates-other-correspondent";

    /** The staff pages sign in by form, not by HTTP Basic: the same accounts, as signed in. */
    private static final RequestPostProcessor MONITOR_PAGE = user(MONITOR).roles("MONITOR");
    private static final RequestPostProcessor WRITER_PAGE = user(WRITER).roles("CORRESPONDENT");

    @Autowired
    DatasetImport importer;

    private final String token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    /** A day no other test's incident is likely to share, in the past. */
    private final String day = LocalDate.of(2003, 1, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(5000)).toString();

    @BeforeEach
    void correspondents() {
        for (String name : List.of(WRITER, OTHER_WRITER)) {
            if (!accounts.exists(name)) {
                accounts.create(name, "Correspondent", PASSWORD, Role.CORRESPONDENT);
            }
        }
    }

    @Test
    void aDraftCitingTheSameUrlCarriesTheFirst() throws Exception {
        String url = "https://example.kz/news/" + token;
        long first = create(draft("Court closed a hearing " + token, day, null, source(url, "first copy")));
        long second = create(draft("Another account altogether " + token + "9", "2002-01", null,
                source(url, "second copy")));

        assertThat(duplicatesOf(second, monitor())).containsExactly(Map.entry(first, List.of("same_source")));
        // the first shows the suspicion too, so the desk meets it from either record
        assertThat(duplicatesOf(first, monitor())).containsExactly(Map.entry(second, List.of("same_source")));
    }

    @Test
    void aDraftCitingAnArchivedTextAlreadyCitedCarriesTheFirst() throws Exception {
        String text = "The same archived article, word for word " + token;
        long first = create(draft("Akimat refused figures " + token, day, null, archived(text)));
        long second = create(draft("Budget figures withheld " + token + "1", "2002-02", null, archived(text)));

        assertThat(duplicatesOf(second, monitor())).containsExactly(Map.entry(first, List.of("same_source")));
    }

    @Test
    void aDraftOfTheSameDayPlaceAndVictimInAnotherSpellingCarriesTheFirst() throws Exception {
        long first = create(draft("Журналиста избили у дома " + token, day, "Айгуль Серикова " + token, null));
        long second = create(draft("Reporter attacked " + token + "7", day, "Aigul Serikova " + token, null));
        long otherDay = create(draft("Reporter attacked again " + token + "8", "2002-03-03",
                "Aigul Serikova " + token, null));

        assertThat(duplicatesOf(second, monitor())).containsExactly(Map.entry(first, List.of("same_event")));
        assertThat(duplicatesOf(otherDay, monitor())).isEmpty();
    }

    @Test
    void aLatinTitleOfACyrillicOneCarriesTheFirst() throws Exception {
        long first = create(draft("Журналиста задержали в Таразе " + token, day, null, null));
        long second = create(draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null, null));

        assertThat(duplicatesOf(second, monitor())).containsExactly(Map.entry(first, List.of("similar_title")));
    }

    @Test
    void aDraftRepeatingAnIncidentOfADatasetFileCarriesIt() throws Exception {
        String externalId = "incident/duplicates-" + token;
        Map<String, Object> record = new LinkedHashMap<>(draft("Журналиста задержали в Таразе " + token, day, null,
                null));
        record.put("external_id", externalId);
        FileImport imported = importer.importBytes("duplicates-" + token + ".json", json.writeValueAsString(
                Map.of("format", "kuzet-dataset/1", "incidents", List.of(record))).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.problems()).isEmpty();
        long fromFile = count("select id from incident where external_id = '" + externalId + "'");

        long second = create(draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null, null));

        assertThat(duplicatesOf(second, monitor())).containsExactly(Map.entry(fromFile, List.of("similar_title")));
    }

    @Test
    void anUnrelatedDraftCarriesNone() throws Exception {
        create(draft("Журналиста задержали в Таразе " + token, day, "Айгуль Серикова " + token,
                source("https://example.kz/a/" + token, "a")));
        long unrelated = create(draft("Editor fined for a post " + token + "5", "2002-05", "Someone Else",
                source("https://example.kz/b/" + token, "b")));

        assertThat(duplicatesOf(unrelated, monitor())).isEmpty();
    }

    @Test
    void anEditedDraftIsLookedAtAgain() throws Exception {
        long first = create(draft("Журналиста задержали в Таразе " + token, day, null, null));
        long second = create(draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null, null));
        assertThat(duplicatesOf(second, monitor())).containsKey(first);

        Map<String, Object> changed = draft("An unrelated title now " + token + "3", "2002-04", null, null);
        sendOnCurrent(putTo(second), second, monitor(), changed).andExpect(status().isOk());

        assertThat(duplicatesOf(second, monitor())).isEmpty();
    }

    @Test
    void aCorrespondentDoesNotLearnOfAnothersDraft() throws Exception {
        long theirs = createAs(httpBasic(OTHER_WRITER, PASSWORD),
                draft("Журналиста задержали в Таразе " + token, day, null, null));
        long mine = createAs(httpBasic(WRITER, PASSWORD),
                draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null, null));

        assertThat(duplicatesOf(mine, monitor())).containsKey(theirs);
        assertThat(duplicatesOf(mine, httpBasic(WRITER, PASSWORD))).isEmpty();
        assertThat(duplicatesOf(theirs, httpBasic(OTHER_WRITER, PASSWORD))).isEmpty();
        mvc.perform(get("/staff/incidents/" + mine).with(WRITER_PAGE))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("#" + theirs));
    }

    @Test
    void aPublishedRecordIsListedToTheCorrespondentWhoseDraftRepeatsIt() throws Exception {
        long published = published(draft("Журналиста задержали в Таразе " + token, day, null, null));
        long mine = createAs(httpBasic(WRITER, PASSWORD),
                draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null, null));

        assertThat(duplicatesOf(mine, httpBasic(WRITER, PASSWORD)))
                .containsExactly(Map.entry(published, List.of("similar_title")));
        // the public is told of no suspicion, not even about a published incident
        assertThat(json.readTree(read("/api/v1/incidents/" + published).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).has("possible_duplicates")).isFalse();
    }

    @Test
    void aDraftFromTheFormCarriesTheFirstAndThePageNamesItInEachLanguage() throws Exception {
        long first = create(draft("Журналиста задержали в Таразе " + token, day, null, null));
        String location = mvc.perform(post("/staff/incidents").with(MONITOR_PAGE).with(csrf())
                        .param("title", "Zhurnalista zaderzhali v Taraze " + token).param("date", "2002-06")
                        .param("place", "kz-kostanay").param("primaryCategory", "threats")
                        .param("verification", "unverified").param("independentSources", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long second = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(duplicatesOf(second, monitor())).containsExactly(Map.entry(first, List.of("similar_title")));
        assertThat(page(second, "en")).contains("This incident may repeat these records:",
                "href=\"/staff/incidents/" + first + "\"", "similar title");
        assertThat(page(second, "ru")).contains("Этот инцидент, возможно, повторяет эти записи:", "похожее название");
        assertThat(page(second, "kk")).contains("Бұл оқиға мына жазбаларды қайталауы мүмкін:", "ұқсас атау");
    }

    @Test
    void aMonitorDismissesASuspicionAndTheAuditLogKeepsIt() throws Exception {
        long first = create(draft("Журналиста задержали в Таразе " + token, day, null, null));
        long second = create(draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null, null));

        mvc.perform(post(dismiss(second, first)).with(WRITER_PAGE).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(duplicatesOf(second, monitor())).containsKey(first);

        mvc.perform(post(dismiss(second, first)).with(MONITOR_PAGE).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(duplicatesOf(second, monitor())).isEmpty();
        assertThat(duplicatesOf(first, monitor())).isEmpty();
        assertThat(jdbc.sql("""
                        select actor from audit_entry
                        where action = 'incident.duplicate_dismissed' and entity_id = ?""")
                .param(Long.toString(second)).query(String.class).list()).containsExactly(MONITOR);
        // dismissed stays dismissed when the draft is edited, and a second dismissal finds nothing to dismiss
        Map<String, Object> edited = draft("Zhurnalista zaderzhali v Taraze " + token, "2002-05", null, null);
        sendOnCurrent(putTo(second), second, monitor(), edited).andExpect(status().isOk());
        assertThat(duplicatesOf(second, monitor())).isEmpty();
        mvc.perform(post(dismiss(second, first)).with(MONITOR_PAGE).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aMonitorMergesADraftIntoTheIncidentItRepeats() throws Exception {
        long keptSource = source("https://example.kz/kept/" + token, "kept");
        long draftSource = source("https://example.kz/merged/" + token, "merged");
        Map<String, Object> keptBody = draft("Журналиста избили у дома " + token, day, "Айгуль Серикова " + token,
                keptSource);
        long kept = create(keptBody);
        Map<String, Object> duplicateBody = draft("Reporter beaten at home " + token + "2", day,
                "Aigul Serikova " + token, draftSource);
        duplicateBody.put("primary_category", "attacks");
        duplicateBody.put("victims", List.of(Map.of("name", "Aigul Serikova " + token, "kind", "journalist"),
                Map.of("name", "Her cameraman " + token, "kind", "journalist")));
        long duplicate = create(duplicateBody);
        assertThat(page(duplicate, "en")).contains("Merge this incident into #" + kept);
        long auditBefore = count("select count(*) from audit_entry");

        mvc.perform(post("/staff/incidents/" + duplicate + "/duplicates/" + kept + "/merge").with(WRITER_PAGE)
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/staff/incidents/" + duplicate + "/duplicates/" + kept + "/merge").with(MONITOR_PAGE)
                .with(csrf())).andExpect(status().is3xxRedirection());

        JsonNode keptNow = json.readTree(readAsStaff("/api/v1/incidents/" + kept).andReturn().getResponse()
                .getContentAsString());
        assertThat(keptNow.get("sources").toString()).contains(Long.toString(keptSource), Long.toString(draftSource));
        assertThat(keptNow.get("victims").findValuesAsString("name"))
                .containsExactly("Айгуль Серикова " + token, "Her cameraman " + token);
        assertThat(keptNow.get("categories").toString()).contains("attacks");
        assertThat(keptNow.get("possible_duplicates")).isEmpty();
        JsonNode duplicateNow = json.readTree(readAsStaff("/api/v1/incidents/" + duplicate).andReturn()
                .getResponse().getContentAsString());
        assertThat(duplicateNow.get("state").asString()).isEqualTo("rejected");
        assertThat(duplicateNow.get("rejection_reason").asString()).isEqualTo("merged into #" + kept);
        assertThat(jdbc.sql("""
                        select entity_id || ' ' || action from audit_entry where seq > (
                          select coalesce(max(seq), 0) from audit_entry) - ? order by seq""")
                .param(count("select count(*) from audit_entry") - auditBefore).query(String.class).list())
                .containsExactly(duplicate + " incident.rejected", kept + " incident.edited");
    }

    @Test
    void aDraftIsMergedIntoAPublishedIncidentByAnEditorOnly() throws Exception {
        long kept = published(draft("Журналиста задержали в Таразе " + token, day, null, null));
        long duplicate = create(draft("Zhurnalista zaderzhali v Taraze " + token, "2002-04", null,
                source("https://example.kz/merged/" + token, "merged")));
        String keptBefore = version(kept);

        mvc.perform(post("/staff/incidents/" + duplicate + "/duplicates/" + kept + "/merge").with(MONITOR_PAGE)
                .with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/" + duplicate))
                .andExpect(r -> assertThat(r.getFlashMap().get("problem")).asString().contains("editor"));
        assertThat(version(kept)).isEqualTo(keptBefore);
        assertThat(count("select count(*) from incident where workflow_state = 'draft' and id = " + duplicate))
                .isOne();

        mvc.perform(post("/staff/incidents/" + duplicate + "/duplicates/" + kept + "/merge")
                .with(user(EDITOR).roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(version(kept)).isNotEqualTo(keptBefore);
        assertThat(count("select count(*) from incident_revision where incident_id = " + kept)).isEqualTo(2);
        assertThat(count("select count(*) from incident where workflow_state = 'rejected' and id = " + duplicate))
                .isOne();
    }

    private static String dismiss(long id, long other) {
        return "/staff/incidents/" + id + "/duplicates/" + other + "/dismiss";
    }

    private String page(long id, String lang) throws Exception {
        return mvc.perform(get("/staff/incidents/" + id).with(MONITOR_PAGE).header("Accept-Language", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The possible duplicates the API lists for this caller: other id to reasons, in the order given. */
    private Map<Long, List<String>> duplicatesOf(long id, RequestPostProcessor who) throws Exception {
        JsonNode incident = json.readTree(mvc.perform(get("/api/v1/incidents/" + id).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(incident.has("possible_duplicates")).as("possible_duplicates in " + incident).isTrue();
        Map<Long, List<String>> found = new LinkedHashMap<>();
        for (JsonNode d : incident.get("possible_duplicates")) {
            List<String> reasons = new ArrayList<>();
            d.get("reasons").forEach(r -> reasons.add(r.asString()));
            assertThat(d.get("title").asString()).isNotBlank();
            found.put(d.get("id").asLong(), reasons);
        }
        return found;
    }

    private long createAs(RequestPostProcessor who, Map<String, Object> body) throws Exception {
        JsonNode created = json.readTree(send(post("/api/v1/incidents"), who, body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return created.get("id").asLong();
    }

    private static Map<String, Object> draft(String title, String date, String victim, Long source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("date", date);
        body.put("place", "kz-kostanay");
        body.put("primary_category", "threats");
        if (victim != null) {
            body.put("victims", List.of(Map.of("name", victim, "kind", "journalist")));
        }
        if (source != null) {
            body.put("sources", List.of(source));
        }
        return body;
    }

    private long source(String url, String title) throws Exception {
        return newSource(Map.of("kind", "media_article", "title", title, "url", url));
    }

    private long archived(String text) throws Exception {
        return newSource(Map.of("kind", "media_article", "title", "archived " + token, "archived_text", text));
    }

    private long newSource(Map<String, Object> body) throws Exception {
        JsonNode created = json.readTree(send(post("/api/v1/sources"), monitor(), body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return created.get("id").asLong();
    }
}
