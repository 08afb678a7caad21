package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * All the ids of one type that a text finds (what the portal's lists ask for): the same records the search finds,
 * of that type only, ascending, and for the public never through a confidential word.
 */
class SearchMatchingIdsTest extends SearchFixtureTest {

    @Test
    void theIdsAreTheSearchsHitsOfThatTypeAscending() {
        for (Viewer audience : SearchFixture.VIEWERS) {
            for (String text : new String[] {"отказ", "журналиста", "Azattyq", "Bazhkenova"}) {
                SearchResults results = index.search(SearchRequest.of(text, audience).with(Facet.TYPE, "incident")
                        .page(0, 100));
                long[] expected = SearchMatchingTest.ids(results, "incident").stream().mapToLong(Long::longValue)
                        .sorted().toArray();
                long[] ids = index.matchingIds("incident", text, audience);
                assertThat(ids).as(text + " " + audience).isNotEmpty().containsExactly(expected);
                assertThat((long) ids.length).isEqualTo(results.total());
            }
        }
        long[] all = index.matchingIds("incident", "журналиста", SearchFixture.MONITOR);
        long[] sorted = all.clone();
        Arrays.sort(sorted);
        assertThat(all).containsExactly(sorted);
    }

    @Test
    void nobodyFindsAnIncidentThroughASealedWordAndStaffFindDrafts() {
        for (String marker : SearchFixture.MARKERS) {
            assertThat(index.matchingIds("incident", marker, Viewer.PUBLIC)).as(marker).isEmpty();
            assertThat(index.matchingIds("source", marker, Viewer.PUBLIC)).as(marker).isEmpty();
        }
        assertThat(index.matchingIds("incident", SearchFixture.DRAFT_TITLE_MARKER, SearchFixture.MONITOR))
                .containsExactly(world.draft);
        // confidential notes and a hidden source's text are sealed at rest, and sealed text is searched by nobody:
        // staff find those records by their other words (docs/security.md)
        assertThat(index.matchingIds("incident", SearchFixture.NOTES_MARKER, SearchFixture.MONITOR)).isEmpty();
        assertThat(index.matchingIds("source", SearchFixture.ARCHIVE_MARKER, SearchFixture.MONITOR)).isEmpty();
        assertThat(index.matchingIds("incident", SearchFixture.ARCHIVE_MARKER, SearchFixture.MONITOR)).isEmpty();
    }
}
