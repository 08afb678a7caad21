package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facet counts on the fixture: five published incidents (I1 threats+discrediting Almaty 2024-03, I2 detention
 * Kostanay 2024-03, I3 civil claim Shymkent 2020-08 month-precise, I5 refusal Almaty 2024-03, I6 blocking Kostanay
 * region 2023-11), one draft (I4, Almaty) and one rejected (I7, Almaty).
 */
@SpringBootTest(properties = "kuzet.test.world=search-fixture")
class SearchFacetsTest {

    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        SearchFixture.in(jdbc);
    }

    @Test
    void thePublicCountsPublishedIncidentsByEveryFacet() {
        SearchResults results = index.search(SearchRequest.of("", Viewer.PUBLIC).with(Facet.TYPE, "incident"));
        Map<String, Map<String, Long>> f = results.facets();
        assertThat(results.total()).isEqualTo(5);
        assertThat(f.get("type")).containsExactly(entry("incident", 5L));
        assertThat(f.get("group")).containsOnly(entry("rights_violations", 2L), entry("access_to_information", 2L),
                entry("legal_claims", 1L));
        assertThat(f.get("category")).containsOnly(entry("threats", 1L), entry("discrediting", 1L),
                entry("detention", 1L), entry("civil_claims", 1L), entry("refusal_of_information", 1L),
                entry("blocking", 1L));
        assertThat(f.get("region")).containsOnly(entry("kz-almaty", 2L), entry("kz-kostanay-region", 2L),
                entry("kz-shymkent", 1L));
        assertThat(f.get("year")).containsOnly(entry("2024", 3L), entry("2023", 1L), entry("2020", 1L));
        assertThat(f.get("month")).containsOnly(entry("3", 3L), entry("8", 1L), entry("11", 1L));
        assertThat(f.get("state")).containsOnly(entry("published", 5L));
        assertThat(f.get("verification")).containsOnly(entry("confirmed", 2L), entry("unverified", 2L),
                entry("disputed", 1L));
        assertThat(f.get("victim_kind")).containsOnly(entry("journalist", 3L), entry("media_outlet", 2L));
        assertThat(f.get("perpetrator_type")).containsOnly(entry("unknown", 1L), entry("law_enforcement", 1L),
                entry("official", 1L), entry("state_body", 2L));
        // the confidential correspondent report of I5 gives it no outlet; its public source (Orda.kz) does
        assertThat(f.get("outlet")).containsOnly(entry("Азаттық", 1L), entry("Vlast.kz", 1L), entry("Orda.kz", 1L));
    }

    @Test
    void countsAreOrderedLargestFirst() {
        Map<String, Long> regions = index.search(SearchRequest.of("", Viewer.PUBLIC).with(Facet.TYPE, "incident"))
                .facets().get("region");
        assertThat(regions.keySet()).containsExactly("kz-almaty", "kz-kostanay-region", "kz-shymkent");
    }

    @Test
    void aMonthIsCountedOnlyWhenTheDateIsPreciseToTheMonth() {
        Map<String, Long> months = index.search(SearchRequest.of("", Viewer.PUBLIC).with(Facet.YEAR, "2020"))
                .facets().get("month");
        assertThat(months).containsOnly(entry("8", 1L));
    }

    @Test
    void thePublicCountsEveryPublishedDocumentType() {
        // actors named by published incidents: Бажкенова, Азаттық, Orda.kz; sources cited by them and not
        // confidential: s1, s2, s4
        assertThat(index.search(SearchRequest.of("", Viewer.PUBLIC)).facets().get("type"))
                .containsOnly(entry("incident", 5L), entry("actor", 3L), entry("source", 3L));
    }

    @Test
    void staffCountDraftsAndRejectedIncidentsToo() {
        Map<String, Map<String, Long>> f = index.search(SearchRequest.of("", SearchFixture.MONITOR)
                .with(Facet.TYPE, "incident")).facets();
        assertThat(f.get("state")).containsOnly(entry("published", 5L), entry("draft", 1L), entry("rejected", 1L));
        assertThat(f.get("region")).containsEntry("kz-almaty", 4L);
    }

    @Test
    void facetsCombineWithTheQuery() {
        SearchResults results = index.search(SearchRequest.of("журналиста", Viewer.PUBLIC));
        // I1, I2, I5, and the public sources s1 (Журналисту Orda.kz угрожают) and s4 (не отвечают журналистам)
        assertThat(results.total()).isEqualTo(5);
        assertThat(results.facets().get("type")).containsOnly(entry("incident", 3L), entry("source", 2L));
        assertThat(results.facets().get("region")).containsOnly(entry("kz-almaty", 2L), entry("kz-kostanay-region", 1L));
        assertThat(results.facets().get("group")).containsOnly(entry("rights_violations", 2L),
                entry("access_to_information", 1L));
    }

    @Test
    void facetValuesNarrowTheHitsAndTheCounts() {
        SearchResults results = index.search(SearchRequest.of("журналиста", Viewer.PUBLIC)
                .with(Facet.REGION, "kz-almaty"));
        assertThat(SearchMatchingTest.ids(results, "incident")).containsExactlyInAnyOrder(
                jdbc.sql("select id from incident where external_id = 'sf-1'").query(Long.class).single(),
                jdbc.sql("select id from incident where external_id = 'sf-5'").query(Long.class).single());
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.facets().get("group")).containsOnly(entry("rights_violations", 1L),
                entry("access_to_information", 1L));
        assertThat(results.facets().get("verification")).containsOnly(entry("confirmed", 1L), entry("unverified", 1L));

        SearchResults narrower = index.search(SearchRequest.of("журналиста", Viewer.PUBLIC)
                .with(Facet.REGION, "kz-almaty").with(Facet.CATEGORY, "discrediting").with(Facet.YEAR, "2024")
                .with(Facet.MONTH, "3").with(Facet.VICTIM_KIND, "journalist").with(Facet.PERPETRATOR_TYPE, "unknown")
                .with(Facet.OUTLET, "Азаттық").with(Facet.VERIFICATION, "confirmed").with(Facet.STATE, "published")
                .with(Facet.GROUP, "rights_violations"));
        assertThat(narrower.total()).isEqualTo(1);
        assertThat(narrower.facets().get("category")).containsOnly(entry("threats", 1L), entry("discrediting", 1L));
    }
}
