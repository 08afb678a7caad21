package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list and its filters. Other tests share the database, so every incident here names one actor made for this
 * test as a victim, and every query is narrowed to that actor: the totals are exactly the incidents made here.
 */
class IncidentListTest extends IncidentApiSupport {

    long actor;
    long orda;
    long threatsAlmaty;
    long ddosAstana;
    long kostanayCourt;
    long temirtauRefusal;
    long accreditation;

    @BeforeEach
    void incidentsOfOneActor() throws Exception {
        actor = jdbc.sql("insert into actor (kind, actor_type, name) values ('organisation', 'media_outlet', ?) "
                + "returning id").param("List test outlet " + UUID.randomUUID()).query(Long.class).single();
        orda = jdbc.sql("insert into actor (kind, actor_type, name) values ('person', 'editor', ?) returning id")
                .param("Editor " + UUID.randomUUID()).query(Long.class).single();
        threatsAlmaty = published(incident("Threats against the editor", "2024-03-05", "kz-almaty", "threats",
                List.of("discrediting"), "confirmed", orda));
        ddosAstana = published(incident("DDoS attack on the site", "2024-03", "kz-astana", "unauthorized_access_ddos",
                List.of(), "unverified", null));
        kostanayCourt = create(incident("Journalist removed from a hearing", "2024-03-20", "kz-kostanay",
                "judicial_transparency_violation", List.of(), "confirmed", null));
        temirtauRefusal = create(incident("Akimat refused information", "2020-08-11", "kz-temirtau",
                "refusal_of_information", List.of(), "disputed", null));
        accreditation = published(incident("Accreditation refused to 16 journalists", "2025", "kz-astana",
                "accreditation_denial", List.of("threats"), "confirmed", null));
    }

    /** An incident with this test's actor as victim; {@code otherActor}, when given, as perpetrator. */
    private Map<String, Object> incident(String title, String date, String place, String primary,
            List<String> further, String verification, Long otherActor) {
        Map<String, Object> body = tobolInfo();
        body.put("title", title);
        body.put("date", date);
        body.put("place", place);
        body.put("primary_category", primary);
        body.put("categories", further);
        body.put("verification", verification);
        body.put("victims", List.of(Map.of("actor", actor, "name", "The outlet", "kind", "media_outlet")));
        body.put("perpetrators", otherActor == null ? List.of()
                : List.of(Map.of("actor", otherActor, "name", "Someone", "type", "private_person")));
        return body;
    }

    private String mine(String query) {
        return "/api/v1/incidents?actor=" + actor + (query.isEmpty() ? "" : "&" + query);
    }

    private List<Long> ids(String uri) throws Exception {
        String body = readAsStaff(uri).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }

    @Test
    void allOfAnActorsIncidentsNewestFirst() throws Exception {
        readAsStaff(mine("")).andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        // "2025" starts 2025-01-01; March 2024 by its first day (2024-03-01) sorts after 2024-03-05
        assertThat(ids(mine(""))).containsExactly(accreditation, kostanayCourt, threatsAlmaty, ddosAstana,
                temirtauRefusal);
    }

    @Test
    void aPerpetratorIsFoundByActorToo() throws Exception {
        assertThat(ids("/api/v1/incidents?actor=" + orda)).containsExactly(threatsAlmaty);
    }

    @Test
    void aCategoryMatchesPrimaryAndFurtherCategories() throws Exception {
        assertThat(ids(mine("category=threats"))).containsExactly(accreditation, threatsAlmaty);
    }

    @Test
    void aGroupMatchesEveryCategoryInIt() throws Exception {
        // access_to_information: DDoS, judicial transparency, refusal of information, accreditation
        assertThat(ids(mine("category=access_to_information"))).containsExactly(accreditation, kostanayCourt,
                ddosAstana, temirtauRefusal);
        assertThat(ids(mine("category=legal_claims"))).isEmpty();
    }

    @Test
    void aRegionMatchesTheTownsWithinIt() throws Exception {
        // the town of Temirtau lies in Karaganda region; the city of Kostanay in Kostanay region
        assertThat(ids(mine("place=kz-karaganda-region"))).containsExactly(temirtauRefusal);
        assertThat(ids(mine("place=kz-kostanay-region"))).containsExactly(kostanayCourt);
        assertThat(ids(mine("place=kz-temirtau"))).containsExactly(temirtauRefusal);
        assertThat(ids(mine("place=kz-karaganda"))).isEmpty();
        assertThat(ids(mine("place=kz"))).hasSize(5);
    }

    @Test
    void aDateRangeComparesTheIncidentsPeriod() throws Exception {
        // "2024-03" (DDoS) is a month; it overlaps a range starting 2024-03-10
        assertThat(ids(mine("from=2024-03-10&to=2024-03-31"))).containsExactly(kostanayCourt, ddosAstana);
        assertThat(ids(mine("from=2024-03&to=2024-03"))).containsExactly(kostanayCourt, threatsAlmaty, ddosAstana);
        assertThat(ids(mine("to=2020"))).containsExactly(temirtauRefusal);
        assertThat(ids(mine("from=2025-06-01"))).containsExactly(accreditation);
    }

    @Test
    void byStateAndByVerification() throws Exception {
        assertThat(ids(mine("state=draft"))).containsExactly(kostanayCourt, temirtauRefusal);
        assertThat(ids(mine("state=published&verification=confirmed"))).containsExactly(accreditation,
                threatsAlmaty);
        assertThat(ids(mine("verification=disputed"))).containsExactly(temirtauRefusal);
    }

    @Test
    void pagesOfTheList() throws Exception {
        readAsStaff(mine("size=2&page=1")).andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
        assertThat(ids(mine("size=2&page=0"))).containsExactly(accreditation, kostanayCourt);
        assertThat(ids(mine("size=2&page=1"))).containsExactly(threatsAlmaty, ddosAstana);
        assertThat(ids(mine("size=2&page=2"))).containsExactly(temirtauRefusal);
        assertThat(ids(mine("size=2&page=3"))).isEmpty();
    }

    @Test
    void thePublicListsPublishedIncidentsOnlyWithoutConfidentialFields() throws Exception {
        read(mine("")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].id", contains((int) accreditation, (int) threatsAlmaty,
                        (int) ddosAstana)))
                .andExpect(jsonPath("$.items[*].confidential_notes").isEmpty())
                .andExpect(jsonPath("$.items[*].victims[*].contact").isEmpty());
        read(mine("state=draft")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePublicSeesAPublishedIncidentWithoutConfidentialFieldsAndNoOtherOne() throws Exception {
        Map<String, Object> withContact = tobolInfo();
        long published = published(withContact);
        read("/api/v1/incidents/" + published).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Judge removed a TobolInfo journalist from an open hearing"))
                .andExpect(jsonPath("$.confidential_notes").doesNotExist())
                .andExpect(jsonPath("$.victims[0].name").value("TobolInfo journalist"))
                .andExpect(jsonPath("$.victims[0].contact").doesNotExist())
                .andExpect(jsonPath("$.published_by").doesNotExist());
        read("/api/v1/incidents/" + published + "/revisions").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].snapshot.title").exists())
                .andExpect(jsonPath("$[0].snapshot.confidential_notes").doesNotExist())
                .andExpect(jsonPath("$[0].snapshot.victims[0].contact").doesNotExist())
                .andExpect(jsonPath("$[0].recorded_by").doesNotExist());
        read("/api/v1/incidents/" + kostanayCourt).andExpect(status().isNotFound());
        read("/api/v1/incidents/" + kostanayCourt + "/revisions").andExpect(status().isNotFound());
        readAsStaff("/api/v1/incidents/" + kostanayCourt).andExpect(status().isOk());
    }

    @Test
    void listedItemsCarryTheirFields() throws Exception {
        readAsStaff(mine("category=unauthorized_access_ddos"))
                .andExpect(jsonPath("$.items[0].date").value("2024-03"))
                .andExpect(jsonPath("$.items[0].place").value("kz-astana"))
                .andExpect(jsonPath("$.items[0].state").value("published"))
                .andExpect(jsonPath("$.items[0].victims[*].actor", containsInAnyOrder((int) actor)));
    }
}
