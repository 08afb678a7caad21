package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Markers are planted in every confidential place (notes, contacts, correspondents, a confidential source's
 * archived text, a draft's title, a rejection reason). The public finds none of them: no hit, no count, no
 * highlight, no suggestion. Staff find each where it is.
 */
class SearchConfidentialityTest extends SearchFixtureTest {

    @Test
    void thePublicFindsNoConfidentialMarker() {
        for (String marker : SearchFixture.MARKERS) {
            SearchResults results = index.search(SearchRequest.of(marker, Viewer.PUBLIC));
            assertThat(results.hits()).as(marker).isEmpty();
            assertThat(results.total()).as(marker).isZero();
            assertThat(results.facets().values()).as(marker).allSatisfy(counts -> assertThat(counts).isEmpty());
            assertThat(results.suggestions()).as(marker).isEmpty();
            // nor a misspelt marker, which might be corrected towards it
            assertThat(index.search(SearchRequest.of(marker.substring(0, marker.length() - 1), Viewer.PUBLIC))
                    .suggestions()).as(marker).isEmpty();
        }
    }

    @Test
    void staffFindEachMarkerWhereItIs() {
        assertThat(found(SearchFixture.DRAFT_TITLE_MARKER)).containsOnly(Map.entry("incident", world.draft));
        assertThat(found(SearchFixture.NOTES_MARKER)).containsOnlyKeys("incident");
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of(SearchFixture.NOTES_MARKER, SearchFixture.MONITOR)),
                "incident")).containsExactlyInAnyOrder(world.draft, world.refusalAlmaty);
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of(SearchFixture.CONTACT_MARKER, SearchFixture.MONITOR)),
                "incident")).containsExactlyInAnyOrder(world.draft, world.refusalAlmaty);
        assertThat(found(SearchFixture.CORRESPONDENT_MARKER)).containsOnly(Map.entry("source", world.confidentialSource));
        assertThat(found(SearchFixture.ARCHIVE_MARKER)).containsOnly(Map.entry("source", world.confidentialSource));
        assertThat(found(SearchFixture.PUBLIC_SOURCE_CORRESPONDENT_MARKER)).containsOnlyKeys("source");
        assertThat(found(SearchFixture.REJECTION_MARKER)).containsOnly(Map.entry("incident", world.rejected));
    }

    @Test
    void publicHighlightsComeFromPublicTextOnly() {
        // I5 has notes and a contact with markers, and cites the confidential source: its public passages must not
        for (String text : new String[] {"журналиста", "отказ", "", "угрожали"}) {
            SearchResults results = index.search(SearchRequest.of(text, Viewer.PUBLIC).page(0, 100));
            assertThat(results.hits()).isNotEmpty();
            assertThat(results.hits()).allSatisfy(hit -> {
                assertThat(hit.highlight()).doesNotContain("zzq");
                assertThat(hit.title()).doesNotContain("zzq");
            });
            assertThat(results.hits()).noneMatch(h -> h.type().equals("incident")
                    && (h.id() == world.draft || h.id() == world.rejected));
            assertThat(results.hits()).noneMatch(h -> h.type().equals("source") && h.id() == world.confidentialSource);
        }
    }

    @Test
    void staffHighlightsShowWhereTheConfidentialWordIs() {
        SearchHit hit = index.search(SearchRequest.of(SearchFixture.CONTACT_MARKER, SearchFixture.MONITOR)
                .with(Facet.STATE, "published")).hits().getFirst();
        assertThat(hit.highlight()).contains("<mark>" + SearchFixture.CONTACT_MARKER + "</mark>");
    }

    @Test
    void aNameOnlyADraftHoldsIsNeverSuggestedToThePublic() {
        String typo = "Zhanbolatva";
        SearchResults publicResults = index.search(SearchRequest.of(typo, Viewer.PUBLIC));
        assertThat(publicResults.suggestions()).isEmpty();
        assertThat(publicResults.total()).isZero();
        SearchResults staffResults = index.search(SearchRequest.of(typo, SearchFixture.MONITOR));
        assertThat(staffResults.suggestions()).containsExactly("zhanbolatova");
        assertThat(SearchMatchingTest.ids(staffResults, "incident")).containsExactly(world.draft);
    }

    @Test
    void askingThePublicIndexForDraftsFindsNothing() {
        SearchResults results = index.search(SearchRequest.of("", Viewer.PUBLIC).with(Facet.STATE, "draft"));
        assertThat(results.total()).isZero();
        assertThat(results.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
    }

    private Map<String, Long> found(String marker) {
        SearchResults results = index.search(SearchRequest.of(marker, SearchFixture.MONITOR));
        assertThat(results.hits()).as(marker).isNotEmpty();
        Map<String, Long> byType = new java.util.HashMap<>();
        results.hits().forEach(h -> byType.put(h.type(), h.id()));
        return byType;
    }
}
