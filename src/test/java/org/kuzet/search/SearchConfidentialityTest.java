package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Markers are planted in every confidential place (notes, contacts, correspondents, a confidential source's
 * archived text, a draft's title, a rejection reason). The public, and a correspondent who wrote none of those
 * records, find none of them: no hit, no count, no highlight, no suggestion. The correspondent who wrote the draft
 * finds its title's marker there only. Monitors find each staff-only word where it is. The fields sealed at rest
 * (notes, contacts, correspondents, a hidden source's text: org.kuzet.crypto) are not indexed at all: nobody finds
 * them, staff included.
 */
class SearchConfidentialityTest extends SearchFixtureTest {

    @Test
    void thePublicAndACorrespondentWhoWroteNoneOfItFindNoConfidentialMarker() {
        for (Viewer outsider : List.of(Viewer.PUBLIC, SearchFixture.CORRESPONDENT)) {
            for (String marker : SearchFixture.MARKERS) {
                assertFindsNothing(outsider, marker);
            }
            assertFindsNothing(outsider, SearchFixture.DRAFT_ONLY_NAME);
        }
    }

    @Test
    void aCorrespondentFindsTheConfidentialMarkersOfTheirOwnDraftOnly() {
        Viewer author = SearchFixture.DRAFT_AUTHOR;
        for (String marker : List.of(SearchFixture.DRAFT_TITLE_MARKER)) {
            SearchResults results = index.search(SearchRequest.of(marker, author));
            assertThat(SearchMatchingTest.ids(results, "incident")).as(marker).containsExactly(world.draft);
            assertThat(results.total()).as(marker).isEqualTo(1);
            assertThat(results.facets().get("state")).as(marker).containsOnlyKeys("draft");
            // the published incident I5 holds the notes and contact markers too: never shown to this author
            assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.id()).isEqualTo(world.draft));
        }
        for (String marker : List.of(SearchFixture.CORRESPONDENT_MARKER, SearchFixture.ARCHIVE_MARKER,
                SearchFixture.PUBLIC_SOURCE_CORRESPONDENT_MARKER, SearchFixture.REJECTION_MARKER,
                SearchFixture.NOTES_MARKER, SearchFixture.CONTACT_MARKER)) {
            assertFindsNothing(author, marker);
        }
        SearchResults misspelt = index.search(SearchRequest.of("Zhanbolatva", author));
        assertThat(misspelt.suggestions()).containsExactly("zhanbolatova");
        // public passages of I5 found by its public words carry none of its notes or contacts for this author
        assertThat(index.search(SearchRequest.of("отказ", author).page(0, 100)).hits())
                .isNotEmpty().allSatisfy(hit -> assertThat(hit.highlight()).doesNotContain("zzq"));
    }

    private void assertFindsNothing(Viewer viewer, String marker) {
        String as = viewer + " " + marker;
        SearchResults results = index.search(SearchRequest.of(marker, viewer));
        assertThat(results.hits()).as(as).isEmpty();
        assertThat(results.total()).as(as).isZero();
        assertThat(results.facets().values()).as(as).allSatisfy(counts -> assertThat(counts).isEmpty());
        assertThat(results.suggestions()).as(as).isEmpty();
        // nor a misspelt marker, which might be corrected towards it
        assertThat(index.search(SearchRequest.of(marker.substring(0, marker.length() - 1), viewer))
                .suggestions()).as(as).isEmpty();
    }

    @Test
    void staffFindEachMarkerWhereItIs() {
        assertThat(found(SearchFixture.DRAFT_TITLE_MARKER)).containsOnly(Map.entry("incident", world.draft));
        assertThat(found(SearchFixture.REJECTION_MARKER)).containsOnly(Map.entry("incident", world.rejected));
        // a hidden source is found by its title, on the staff side only
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of("Сообщение корреспондента",
                SearchFixture.MONITOR)), "source")).contains(world.confidentialSource);
        for (String sealed : List.of(SearchFixture.NOTES_MARKER, SearchFixture.CONTACT_MARKER,
                SearchFixture.CORRESPONDENT_MARKER, SearchFixture.ARCHIVE_MARKER,
                SearchFixture.PUBLIC_SOURCE_CORRESPONDENT_MARKER)) {
            assertFindsNothing(SearchFixture.MONITOR, sealed);
        }
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
        SearchHit hit = index.search(SearchRequest.of(SearchFixture.REJECTION_MARKER, SearchFixture.MONITOR)
                .with(Facet.STATE, "rejected")).hits().getFirst();
        assertThat(hit.highlight()).contains("<mark>" + SearchFixture.REJECTION_MARKER + "</mark>");
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
