package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Each kind of bad input gets application/problem+json naming the field and why, and writes nothing: the incident
 * tables are compared before and after every refused request.
 */
class IncidentBadInputTest extends IncidentApiSupport {

    @LocalServerPort
    int port;

    /** Posts a new incident that must be refused, and checks that the database did not change. */
    private ResultActions refusedCreate(Object body) throws Exception {
        String before = incidentTables();
        ResultActions result = send(post("/api/v1/incidents"), monitor(), body)
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(incidentTables()).isEqualTo(before);
        return result;
    }

    @Test
    void malformedJsonIs400NamingTheBody() throws Exception {
        refusedCreate("{\"title\": \"Unclosed\", ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void anUnknownPropertyIs400NamingIt() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("primary_categroy", "threats");
        refusedCreate(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("primary_categroy"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("unknown property")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("primary_category")));
    }

    @Test
    void aValueOfTheWrongJsonTypeIs422NamingTheField() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("people_affected", "sixteen");
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("people_affected"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(containsString("java"))));
    }

    @Test
    void anUnknownCategoryCodeIs422NamingTheField() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("primary_category", "censorship");
        body.put("categories", List.of("threats", "harassment"));
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("primary_category", "categories[1]")))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("censorship")));
    }

    @Test
    void contextIsNoPrimaryCategoryOfAnIncident() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("primary_category", "context");
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("primary_category"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("/api/v1/context-events")));
    }

    @Test
    void aGroupIsNoPrimaryCategory() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("primary_category", "rights_violations");
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("primary_category"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("threats")));
    }

    @Test
    void aPlaceOutsideTheGazetteerIs422() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("place", "kz-nowhere");
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("place"))
                .andExpect(jsonPath("$.errors[0].message").value("not in the gazetteer: 'kz-nowhere'"));
    }

    @Test
    void aDateInTheFutureIs422() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("date", String.valueOf(java.time.LocalDate.now().getYear() + 1));
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("future")));
    }

    @Test
    void aDayThatDoesNotExistIs422() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("date", "2023-02-29");
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2023-02-29")));
    }

    @Test
    void missingRequiredFieldsAreAllNamed() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.remove("title");
        body.remove("date");
        body.put("primary_category", null);
        body.put("victims", List.of(Map.of("kind", "journalist")));
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field",
                        hasItems("title", "date", "primary_category", "victims[0].name")))
                .andExpect(jsonPath("$.errors.length()").value(4));
    }

    @Test
    void aWrongEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("verification", "probable");
        body.put("victims", List.of(Map.of("name", "X", "kind", "reporter", "gender", "unknown")));
        body.put("perpetrators", List.of(Map.of("name", "Y", "type", "police")));
        String response = refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andReturn().getResponse().getContentAsString();
        Map<String, String> messages = messages(response);
        assertThat(messages.get("verification")).contains("unverified, confirmed, disputed, refuted")
                .contains("probable");
        assertThat(messages.get("victims[0].kind")).contains("journalist, blogger, media_outlet");
        assertThat(messages.get("victims[0].gender")).contains("female, male");
        assertThat(messages.get("perpetrators[0].type")).contains("law_enforcement");
    }

    @Test
    void everyProblemIsReportedInOneAnswer() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("place", "kz-atlantis");
        body.put("date", "2023-02-29");
        body.put("primary_category", "censorship");
        body.put("people_affected", -3);
        body.put("sources", List.of(987654321));
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field",
                        hasItems("place", "date", "primary_category", "people_affected", "sources[0]")));
    }

    @Test
    void badInputToAnUpdateChangesNothing() throws Exception {
        long id = create(tobolInfo());
        Map<String, Object> body = tobolInfo();
        body.put("title", "A new title");
        body.put("place", "kz-nowhere");
        String before = incidentTables();
        sendOnCurrent(putTo(id), id, monitor(), body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void anIncidentIsNotLinkedToItself() throws Exception {
        long id = create(tobolInfo());
        Map<String, Object> body = tobolInfo();
        body.put("linked_incidents", List.of(id));
        String before = incidentTables();
        sendOnCurrent(putTo(id), id, monitor(), body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("linked_incidents[0]"));
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void aStaleRevisionIsRefused() throws Exception {
        long id = published(tobolInfo());
        Map<String, Object> body = tobolInfo();
        body.put("revision", 7);
        body.put("note", "fix");
        String before = incidentTables();
        send(post("/api/v1/incidents/" + id + "/correct"), editor(), body).andExpect(status().isPreconditionFailed());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void anUnknownIdIs404() throws Exception {
        String before = incidentTables();
        readAsStaff("/api/v1/incidents/999999999").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(putTo(999999999), monitor(), tobolInfo()).andExpect(status().isNotFound());
        send(post("/api/v1/incidents/999999999/submit"), monitor(), "").andExpect(status().isNotFound());
        readAsStaff("/api/v1/incidents/999999999/revisions").andExpect(status().isNotFound());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void anIdThatIsNoNumberIs400() throws Exception {
        readAsStaff("/api/v1/incidents/abc").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void badListParametersAre422() throws Exception {
        readAsStaff("/api/v1/incidents?size=500&page=-1&category=nonsense&place=kz-nowhere&from=2023-02-30"
                + "&state=archived&verification=maybe&actor=x")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("size", "page", "category", "place", "from",
                        "state", "verification", "actor")));
    }

    @Test
    void writingWithoutAStaffAccountIs401() throws Exception {
        String before = incidentTables();
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(tobolInfo())))
                .andExpect(status().isUnauthorized());
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIs413NamingTheBody() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("summary", "x".repeat(1024 * 1024 + 1));
        refusedCreate(body).andExpect(status().is(413))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void anOversizedChunkedBodyIs413Too() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("summary", "x".repeat(2 * 1024 * 1024));
        byte[] bytes = json.writeValueAsBytes(body);
        String before = incidentTables();
        // a body from a stream has no declared length: the client sends it chunked
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/incidents"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((MONITOR + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() throws Exception {
        byte[] bytes = json.writeValueAsBytes(tobolInfo());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/incidents"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((MONITOR + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
        }
    }

    private Map<String, String> messages(String problem) {
        JsonNode errors = json.readTree(problem).get("errors");
        Map<String, String> messages = new java.util.HashMap<>();
        errors.forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
        return messages;
    }

    @Test
    void noStackTraceEverReachesTheCaller() throws Exception {
        String response = mvc.perform(get("/api/v1/incidents/1/revisions").param("x", "y").with(monitor())
                        .header("Accept", "application/xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain("at org.").doesNotContain("Exception");
        List<String> shouldHaveNoTrace = List.of(
                mvc.perform(post("/api/v1/incidents").with(monitor()).contentType(MediaType.TEXT_PLAIN).content("hi"))
                        .andExpect(status().isUnsupportedMediaType()).andReturn().getResponse().getContentAsString());
        assertThat(shouldHaveNoTrace.getFirst()).doesNotContain("at org.");
    }

    @Test
    void aNulByteInTheBodyIs422NamingTheFieldNeverAConflict() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("title", "Judge removed\u0000 a journalist");
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("control character")));
        Map<String, Object> victim = new java.util.LinkedHashMap<>(Map.of("name", "Bell\u0007 ringer",
                "kind", "journalist"));
        body = tobolInfo();
        body.put("victims", List.of(victim));
        refusedCreate(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("victims[0].name"));
    }

    @Test
    void tabsAndLineBreaksAreStillText() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("summary", "First line\r\nsecond\tline");
        assertThat(create(body)).isPositive();
    }

    @Test
    void aNulByteInAFilterIs400NamingTheParameter() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/incidents?place=kz%00"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((MONITOR + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(messages(response.body())).containsOnlyKeys("place");
        }
    }

    @Test
    void theYearZeroAndYearsOutside1900ToNextYearAre422() throws Exception {
        for (String date : List.of("0000-01-01", "1899-12", "0001")) {
            Map<String, Object> body = tobolInfo();
            body.put("date", date);
            refusedCreate(body).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("date"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("1900")));
        }
        Map<String, Object> far = tobolInfo();
        far.put("date", "3024-03");
        refusedCreate(far).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("future")));
        readAsStaff("/api/v1/incidents?from=0000-01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void wrongJsonKindsAreRefusedNeverCoerced() throws Exception {
        Map<String, Map.Entry<Object, String>> cases = Map.of(
                "people_affected", Map.entry(1.7, "whole number"),
                "title", Map.entry(12345, "text"),
                "independent_sources", Map.entry("2", "whole number"),
                "categories", Map.entry(Map.of("a", "threats"), "list"));
        for (var c : cases.entrySet()) {
            Map<String, Object> body = tobolInfo();
            body.put(c.getKey(), c.getValue().getKey());
            refusedCreate(body).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(c.getKey()))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString(c.getValue().getValue())))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.matchesRegex("(?s).*(java|Integer|String|int|long|ArrayList).*"))));
        }
    }

    @Test
    void messagesAreInTheCallersLanguageWithoutJavaTypes() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("people_affected", 1.7);
        send(post("/api/v1/incidents").header("Accept-Language", "ru"), monitor(), body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("целое число")));
        send(post("/api/v1/incidents?lang=kk"), monitor(), body)
                .andExpect(jsonPath("$.errors[0].message").value(containsString("бүтін сан")));
        readAsStaff("/api/v1/incidents/abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("whole number")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(containsString("long"))));
    }
}
