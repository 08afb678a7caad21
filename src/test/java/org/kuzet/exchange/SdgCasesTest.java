package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SDG 16.10.1 list of a fixture with cases in and out of its scope holds exactly the ones in scope: acts
 * (detention, attacks, threats, as main or further category) against journalists, bloggers and human-rights
 * defenders in published incidents, one case per person, with "not recorded" where Kuzet records nothing; and the
 * page explaining the scope speaks English, Russian and Kazakh.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the list holds every published incident of its database
class SdgCasesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private static Map<String, Long> ids;

    @BeforeEach
    void fixture() {
        if (ids != null) {
            return;
        }
        ids = new java.util.HashMap<>();
        long detained = incident("Reporter detained after filming a protest in Oral", "2024-03-05", "day",
                "kz-oral", "detention", 2, "published");
        victim(detained, 0, "Arman Reporter", "journalist", "male");
        perpetrator(detained, "Oral city police", "law_enforcement");
        long threatened = incident("Editor and defender threatened in Almaty", "2025-10-01", "month", "kz-almaty",
                "threats", 1, "published");
        victim(threatened, 0, "Gulnar Editor", "journalist", null);
        victim(threatened, 1, "gulnar  editor", "human_rights_defender", "female");
        victim(threatened, 2, "Almaty Weekly", "media_outlet", null);
        victim(threatened, 3, "Deputy Akim", "newsmaker", null);
        perpetrator(threatened, "Unknown callers", "unknown");
        long blockedAndBeaten = incident("Blogger's channel blocked and the blogger beaten", "2025", "year",
                "kz-astana", "blocking", 2, "published");
        jdbc.sql("insert into incident_category (incident_id, category_code) values (?, 'attacks')")
                .param(blockedAndBeaten).update();
        victim(blockedAndBeaten, 0, "Timur Blogger", "blogger", "male");
        perpetrator(blockedAndBeaten, "Private security guards", "private_person");
        // out of scope: the act, the person, the state of the record
        long accreditation = incident("Reporters refused accreditation to a maslikhat", "2024-03-01", "month",
                "kz-kostanay", "accreditation_denial", 2, "published");
        victim(accreditation, 0, "Dana Out-of-scope", "journalist", "female");
        long lawyer = incident("Lawyer attacked outside a court", "2024-03-12", "day", "kz-shymkent", "attacks", 2,
                "published");
        victim(lawyer, 0, "Serik Lawyer", "lawyer", "male");
        long draft = incident("Journalist threatened, not yet checked", "2024-03-14", "day", "kz-almaty", "threats",
                0, "draft");
        victim(draft, 0, "Aigerim Draft", "journalist", "female");
        long lawsuit = incident("Defamation lawsuit against a newspaper", "2024-03-20", "day", "kz-almaty",
                "civil_claims", 1, "published");
        victim(lawsuit, 0, "Nurlan Sued", "journalist", "male");
        ids.putAll(Map.of("detained", detained, "threatened", threatened, "blocked", blockedAndBeaten));
    }

    @Test
    void theJsonListsExactlyTheCasesInScope() throws Exception {
        JsonNode list = json.readTree(answer("/api/v1/exports/sdg-16-10-1.json").getContentAsString(
                StandardCharsets.UTF_8));
        assertThat(list.get("indicator").asString()).isEqualTo("SDG 16.10.1");
        List<String> victims = new ArrayList<>();
        list.get("cases").forEach(c -> victims.add(c.get("victim").asString()));
        assertThat(victims).containsExactlyInAnyOrder("Arman Reporter", "Gulnar Editor", "Timur Blogger");
        JsonNode arman = byVictim(list, "Arman Reporter");
        assertThat(arman.get("status").asString()).isEqualTo("journalist or media worker");
        assertThat(arman.get("sex").asString()).isEqualTo("male");
        assertThat(arman.get("age_group").asString()).isEqualTo("not recorded");
        assertThat(arman.get("motive").asString()).isEqualTo("not recorded");
        assertThat(arman.get("date").asString()).isEqualTo("2024-03-05");
        assertThat(arman.get("place_code").asString()).isEqualTo("kz-oral");
        assertThat(arman.get("type_of_act").asString()).isEqualTo("arbitrary detention");
        assertThat(arman.get("perpetrator_category").asString()).isEqualTo("state actor");
        assertThat(arman.get("two_independent_sources").asBoolean()).isTrue();
        // the journalist who is also a defender: one case, both statuses, the sex recorded on either naming
        JsonNode gulnar = byVictim(list, "Gulnar Editor");
        assertThat(gulnar.get("status").asString()).isEqualTo("journalist or media worker; human rights defender");
        assertThat(gulnar.get("date").asString()).isEqualTo("2025-10");
        assertThat(gulnar.get("sex").asString()).isEqualTo("female");
        assertThat(byVictim(list, "Timur Blogger").get("sex").asString()).isEqualTo("male");
        assertThat(gulnar.get("perpetrator_category").asString()).isEqualTo("unknown");
        assertThat(gulnar.get("two_independent_sources").asBoolean()).isFalse();
        JsonNode timur = byVictim(list, "Timur Blogger");
        assertThat(timur.get("type_of_act").asString()).isEqualTo("other harmful act (physical attack)");
        assertThat(timur.get("perpetrator_category").asString()).isEqualTo("non-state actor");
        assertThat(timur.get("incident").asLong()).isEqualTo(ids.get("blocked"));
    }

    @Test
    void theCsvHoldsTheSameCasesAfterItsNote() throws Exception {
        String csv = answer("/api/v1/exports/sdg-16-10-1.csv").getContentAsString(StandardCharsets.UTF_8);
        // after the byte-order mark spreadsheets need to read UTF-8, the note as a comment line
        assertThat(csv).startsWith("\uFEFF# SDG indicator 16.10.1");
        csv = csv.substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("victim"))
                .containsExactlyInAnyOrder("Arman Reporter", "Gulnar Editor", "Timur Blogger");
        assertThat(rows).filteredOn(r -> r.get("victim").equals("Gulnar Editor")).singleElement()
                .satisfies(r -> assertThat(r.get("age_group")).isEqualTo("not recorded"));
    }

    @Test
    void aPlaceFilterNarrowsTheList() throws Exception {
        JsonNode list = json.readTree(answer("/api/v1/exports/sdg-16-10-1.json?place=kz-oral").getContentAsString(
                StandardCharsets.UTF_8));
        assertThat(list.get("cases")).hasSize(1);
        assertThat(list.at("/cases/0/incident").asLong()).isEqualTo(ids.get("detained"));
    }

    @Test
    void thePageSaysWhatIsInAndOutInThreeLanguages() throws Exception {
        assertThat(answer("/sdg-16-10-1?lang=en").getContentAsString(StandardCharsets.UTF_8))
                .contains("What is left out, and why", "trade unionists");
        assertThat(answer("/sdg-16-10-1?lang=ru").getContentAsString(StandardCharsets.UTF_8))
                .contains("Что не входит и почему");
        assertThat(answer("/sdg-16-10-1?lang=kk").getContentAsString(StandardCharsets.UTF_8))
                .contains("Не кірмейді және неге");
    }

    private MockHttpServletResponse answer(String path) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(path).with(anonymous())).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return answer;
    }

    private static JsonNode byVictim(JsonNode list, String name) {
        for (JsonNode c : list.get("cases")) {
            if (name.equals(c.get("victim").asString())) {
                return c;
            }
        }
        throw new AssertionError("no case of " + name);
    }

    private long incident(String title, String date, String precision, String place, String category,
            int independentSources, String state) {
        return jdbc.sql("""
                        insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                                              verification, independent_sources, workflow_state, created_by,
                                              published_at, published_by)
                        values (?, 'Summary', cast(? as date), ?, ?, ?, 'confirmed', ?, ?, 'sdg-fixture',
                                case when ? = 'published' then now() end,
                                case when ? = 'published' then 'sdg-editor' end)
                        returning id""")
                .params(title, date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date,
                        precision, place, category, independentSources, state, state, state)
                .query(Long.class).single();
    }

    private void victim(long incident, int position, String name, String kind, String gender) {
        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind, gender, contact) "
                + "values (?, ?, ?, ?, ?, 'private contact')").params(incident, position, name, kind, gender).update();
    }

    private void perpetrator(long incident, String name, String type) {
        jdbc.sql("insert into incident_perpetrator (incident_id, position, name, perpetrator_type) values (?, 0, ?, ?)")
                .params(incident, name, type).update();
    }
}
