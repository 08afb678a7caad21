package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No change is lost: an incident is read with its version (ETag), every change names the version it was made on,
 * and of two changes made on the same version only the first is written; the other is told (412) and changes
 * nothing, through the API and through the staff's form.
 */
class IncidentVersionTest extends IncidentApiSupport {

    @LocalServerPort
    int port;

    @Test
    void anIncidentIsReadWithItsVersionAndEveryChangeAnswersTheNewOne() throws Exception {
        long id = create(tobolInfo());
        readAsStaff("/api/v1/incidents/" + id).andExpect(header().string("ETag", "\"1\""));
        Map<String, Object> changed = tobolInfo();
        changed.put("title", "Renamed once");
        send(putTo(id).header("If-Match", "\"1\""), monitor(), changed).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")).andExpect(jsonPath("$.revision").value(2));
        send(post("/api/v1/incidents/" + id + "/submit").header("If-Match", "\"2\""), monitor(), "")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
        readAsStaff("/api/v1/incidents/" + id).andExpect(header().string("ETag", "\"3\""));
    }

    @Test
    void ofTwoChangesOnOneVersionTheSecondIsRefusedAndTheFirstKept() throws Exception {
        long id = create(tobolInfo());
        String read = version(id);
        Map<String, Object> first = tobolInfo();
        first.put("title", "The first editor's title");
        Map<String, Object> second = tobolInfo();
        second.put("title", "The second editor's title");
        second.put("confidential_notes", null);
        send(putTo(id).header("If-Match", read), monitor(), first).andExpect(status().isOk());
        String before = incidentTables();
        send(putTo(id).header("If-Match", read), editor(), second).andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", version(id)))
                .andExpect(jsonPath("$.current_version").value(2));
        assertThat(incidentTables()).isEqualTo(before);
        readAsStaff("/api/v1/incidents/" + id).andExpect(jsonPath("$.title").value("The first editor's title"))
                .andExpect(jsonPath("$.confidential_notes").value("Correspondent in Kostanay reported it by phone."));
    }

    @Test
    void aStaleRevisionInTheBodyIsRefused() throws Exception {
        long id = create(tobolInfo());
        sendOnCurrent(putTo(id), id, monitor(), tobolInfo()).andExpect(status().isOk());
        Map<String, Object> stale = tobolInfo();
        stale.put("title", "Made on the first version");
        stale.put("revision", 1);
        String before = incidentTables();
        send(putTo(id), editor(), stale).andExpect(status().isPreconditionFailed());
        // If-Match and the body must agree on the version
        send(putTo(id).header("If-Match", version(id)), editor(), stale).andExpect(status().isPreconditionFailed());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void aChangeThatNamesNoVersionIsRefused() throws Exception {
        long id = create(tobolInfo());
        String before = incidentTables();
        send(putTo(id), monitor(), tobolInfo()).andExpect(status().isPreconditionRequired())
                .andExpect(header().string("ETag", "\"1\""));
        for (String step : List.of("submit", "return", "reopen")) {
            send(post("/api/v1/incidents/" + id + "/" + step), editor(), "").andExpect(status().isPreconditionRequired());
        }
        assertThat(incidentTables()).isEqualTo(before);
        step(id, "submit", monitor());
        before = incidentTables();
        send(post("/api/v1/incidents/" + id + "/publish"), editor(), "").andExpect(status().isPreconditionRequired());
        send(post("/api/v1/incidents/" + id + "/reject"), editor(), Map.of("reason", "thin"))
                .andExpect(status().isPreconditionRequired());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void twoConcurrentChangesOnOneVersionCannotBothPass() throws Exception {
        long id = create(tobolInfo());
        String read = version(id);
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> answers = List.of("Title A", "Title B").stream()
                    .map(title -> CompletableFuture.supplyAsync(() -> put(client, id, read, title, start), pool))
                    .toList();
            start.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).containsExactly(200, 412);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(jdbc.sql("select title from incident where id = ?").param(id).query(String.class).single())
                .isIn("Title A", "Title B");
        assertThat(version(id)).isEqualTo("\"2\"");
    }

    @Test
    void aFormPostedOnAnOlderVersionShowsBothVersionsAndChangesNothing() throws Exception {
        long id = create(tobolInfo());
        int formRevision = Integer.parseInt(version(id).replace("\"", ""));
        Map<String, Object> meanwhile = tobolInfo();
        meanwhile.put("title", "Changed meanwhile by the API");
        sendOnCurrent(putTo(id), id, monitor(), meanwhile).andExpect(status().isOk());
        String before = incidentTables();
        String page = mvc.perform(formPost(id, formRevision, "Typed in the form").param("lang", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Typed in the form", "Changed meanwhile by the API", "id=\"versions\"",
                "Этот инцидент уже изменил кто-то другой", "Сохранённая версия (редакция 2)");
        assertThat(incidentTables()).isEqualTo(before);
        // on the current version the same form is saved
        mvc.perform(formPost(id, formRevision + 1, "Typed in the form").param("lang", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title from incident where id = ?").param(id).query(String.class).single())
                .isEqualTo("Typed in the form");
    }

    @Test
    void aReviewStepOnAnOlderVersionIsRefusedOnThePage() throws Exception {
        long id = create(tobolInfo());
        sendOnCurrent(putTo(id), id, monitor(), tobolInfo()).andExpect(status().isOk());
        String before = incidentTables();
        String shown = mvc.perform(post("/staff/incidents/" + id + "/submit").with(staffEditor()).with(csrf())
                        .param("revision", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("staleRevision").toString();
        assertThat(shown).isEqualTo("2");
        assertThat(incidentTables()).isEqualTo(before);
        String page = mvc.perform(get("/staff/incidents/" + id).with(staffEditor())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"revision\" value=\"2\"");
    }

    private MockHttpServletRequestBuilder formPost(long id, int revision, String title) {
        return post("/staff/incidents/" + id).with(staffEditor()).with(csrf()).param("title", title)
                .param("date", "2024-03").param("place", "kz-kostanay")
                .param("primaryCategory", "judicial_transparency_violation").param("verification", "confirmed")
                .param("independentSources", "1").param("revision", String.valueOf(revision));
    }

    private static RequestPostProcessor staffEditor() {
        return user(EDITOR).roles("EDITOR");
    }

    /** A PUT over the real port, sent when {@code start} opens; its status. */
    private int put(HttpClient client, long id, String ifMatch, String title, CountDownLatch start) {
        try {
            Map<String, Object> body = tobolInfo();
            body.put("title", title);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/incidents/" + id))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((MONITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("If-Match", ifMatch)
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            start.await();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
