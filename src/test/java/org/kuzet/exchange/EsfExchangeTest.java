package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.internal.DatasetImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed dataset as HURIDOCS Events Standard Formats: its export validates against the schema written from the
 * ESF field lists ({@code kuzet-esf-1.schema.json}), carries the money of the incidents' legal cases, and reads back
 * through the import into the same incidents; importing a file again records nothing, and a file with one bad
 * field is refused whole, naming the event's record number and the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the export holds every incident of its database: the seeds, and the copies a test imports
class EsfExchangeTest {

    private static final RequestPostProcessor MONITOR = user("esf-monitor").roles("MONITOR");
    private static final String CASE_INCIDENT = "incident/2020-08-akhmedyarov-criminal-complaint";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatasetImport datasets;
    @Autowired
    List<DatasetSection> sections;
    @Autowired
    JsonMapper json;

    private static JsonNode seeds;

    @BeforeEach
    void seeded() throws Exception {
        if (seeds != null) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/dataset/seeds.json")) {
            ObjectNode file = (ObjectNode) json.readTree(in.readAllBytes());
            // only the sections this build has
            file.retain(java.util.stream.Stream.concat(java.util.stream.Stream.of("format"),
                    sections.stream().map(DatasetSection::name)).toList());
            assertThat(datasets.importBytes("seeds.json", json.writeValueAsBytes(file)).problems()).isEmpty();
            seeds = file;
        }
        // money in the seeds' criminal case (the seeds record none): 1 500 000 claimed, 250 000 awarded, 0 collected
        jdbc.sql("""
                update legal_case set claimed_kzt = 1500000, awarded_kzt = 250000, collected_kzt = 0
                where id in (select case_id from legal_case_incident x join incident i on i.id = x.incident_id
                             where i.external_id = ?)""").param(CASE_INCIDENT).update();
    }

    @Test
    void theSeedDatasetsExportValidatesAgainstTheEsfSchema() throws Exception {
        JsonNode file = read(get("/api/v1/exports/esf.json").with(anonymous()));
        assertThat(schemaProblems(file)).isEmpty();
        Set<String> published = StreamSupport.stream(seeds.get("incidents").spliterator(), false)
                .filter(i -> "published".equals(i.path("state").asString()))
                .map(i -> i.get("external_id").asString()).collect(Collectors.toSet());
        assertThat(numbers(file)).containsExactlyInAnyOrderElementsOf(published);
        JsonNode withCase = event(file, CASE_INCIDENT);
        assertThat(withCase.at("/kuzet_money/claimed_kzt").asLong()).isEqualTo(1_500_000L);
        assertThat(withCase.at("/kuzet_money/awarded_kzt").asLong()).isEqualTo(250_000L);
        assertThat(withCase.at("/kuzet_money/collected_kzt").asLong()).isZero();
        // the crosswalk: the seed's primary category criminal_pretrial is the primary act's "criminal charge"
        assertThat(withCase.at("/acts/0/type_of_act").asString()).isEqualTo("criminal charge");
        assertThat(withCase.at("/acts/0/kuzet_primary").asBoolean()).isTrue();
        // an official reply to the maslikhat's closed session is an intervention of its event
        assertThat(event(file, "incident/2020-08-almaty-maslikhat-closed-to-press").get("interventions"))
                .anySatisfy(i -> assertThat(i.get("type_of_intervention").asString()).isEqualTo("official reply"));
    }

    @Test
    void aCopyOfTheExportReadsBackAsTheSameIncidentsAndASecondImportRecordsNothing() throws Exception {
        JsonNode original = read(get("/api/v1/exports/esf.json").with(MONITOR));
        long before = incidents();
        // the same file again: every event is there already, nothing is recorded
        JsonNode again = send(original, 200);
        assertThat(again.get("recorded")).isEmpty();
        assertThat(again.get("already_present")).hasSize(original.get("events").size());
        assertThat(incidents()).isEqualTo(before);

        // the same events under new record numbers: recorded as drafts through the incident's door
        String copy = json.writeValueAsString(original).replace("\"incident/", "\"copy/incident/");
        JsonNode copied = send(json.readTree(copy), 200);
        assertThat(copied.get("recorded")).hasSize(original.get("events").size());
        assertThat(incidents()).isEqualTo(before + original.get("events").size());
        JsonNode copies = read(get("/api/v1/exports/esf.json").param("state", "draft").with(MONITOR));
        for (JsonNode event : original.get("events")) {
            String number = event.get("event_record_number").asString();
            assertThat(comparable(event(copies, "copy/" + number), "copy/" + number))
                    .as(number).isEqualTo(comparable(event, number));
        }
        // the door's duplicate check: each copy is marked as possibly repeating its original
        long first = copied.at("/recorded/0/incident").asLong();
        JsonNode draft = read(get("/api/v1/incidents/" + first).with(MONITOR));
        assertThat(draft.get("possible_duplicates")).isNotEmpty();
        // importing the copy again changes nothing
        assertThat(send(json.readTree(copy), 200).get("recorded")).isEmpty();
        assertThat(incidents()).isEqualTo(before + original.get("events").size());
    }

    @Test
    void aFileWithOneBadFieldIsRefusedWholeNamingTheEventAndTheField() throws Exception {
        String file = """
                {"format": "huridocs-esf/kuzet-1", "events": [
                 {"event_record_number": "esf-test/good", "event_title": "Reporter threatened in Kostanay",
                  "initial_date": "2024-03", "initial_date_type": "day unknown", "local_geographical_area": "kz-kostanay",
                  "persons": [{"person_record_number": "p1", "name": "Dana Reporter", "counting_unit": "person",
                               "sex": "female", "occupation": "journalist"}],
                  "acts": [{"act_record_number": "a1", "victim": "p1", "type_of_act": "threat", "kuzet_primary": true}]},
                 {"event_record_number": "esf-test/bad", "event_title": "Somewhere", "initial_date": "2024-03",
                  "initial_date_type": "day unknown", "local_geographical_area": "kz-nowhere",
                  "acts": [{"act_record_number": "a1", "victim": "p9", "type_of_act": "beheading",
                            "kuzet_primary": true}]}]}""";
        JsonNode problem = send(json.readTree(file), 422);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("events[1] (esf-test/bad).acts[0].type_of_act",
                "events[1] (esf-test/bad).acts[0].victim", "events[1] (esf-test/bad).local_geographical_area");
        assertThat(fields).noneMatch(f -> f.startsWith("events[0]"));
        assertThat(fields).containsOnlyOnce("events[1] (esf-test/bad).acts[0].type_of_act");
        assertThat(jdbc.sql("select count(*) from incident where external_id like 'esf-test/%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyMonitorsAndUpImport() throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/imports/esf.json")
                .with(user("esf-correspondent").roles("CORRESPONDENT")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"format\": \"huridocs-esf/kuzet-1\", \"events\": []}")).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(403);
    }

    /** An event as it must read back: without what the import leaves to other doors or Kuzet makes anew. */
    private JsonNode comparable(JsonNode event, String number) throws Exception {
        ObjectNode copy = (ObjectNode) json.readTree(json.writeValueAsString(event).replace(number + "/", "N/"));
        copy.remove(List.of("event_record_number", "kuzet_url", "kuzet_money", "interventions"));
        return copy;
    }

    private long incidents() {
        return jdbc.sql("select count(*) from incident").query(Long.class).single();
    }

    private JsonNode send(JsonNode file, int status) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/imports/esf.json").with(MONITOR)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(file)))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(status);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> numbers(JsonNode file) {
        List<String> numbers = new ArrayList<>();
        file.get("events").forEach(e -> numbers.add(e.get("event_record_number").asString()));
        return numbers;
    }

    private static JsonNode event(JsonNode file, String number) {
        for (JsonNode e : file.get("events")) {
            if (number.equals(e.get("event_record_number").asString())) {
                return e;
            }
        }
        throw new AssertionError("no event " + number);
    }

    /** The schema's complaints about the file, with the JSON pointer of each (empty when it validates). */
    static String schemaProblems(JsonNode file) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper old = new com.fasterxml.jackson.databind.ObjectMapper();
        try (InputStream in = EsfExchangeTest.class.getClassLoader()
                .getResourceAsStream("static/schemas/kuzet-esf-1.schema.json")) {
            ProcessingReport report = JsonSchemaFactory.byDefault().getJsonSchema(old.readTree(in))
                    .validate(old.readTree(file.toString()), true);
            StringBuilder problems = new StringBuilder();
            report.forEach(m -> problems.append(m.asJson().path("instance").path("pointer").asText()).append(": ")
                    .append(m.getMessage()).append('\n'));
            return report.isSuccess() ? "" : problems.toString();
        }
    }
}
