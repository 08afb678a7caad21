package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding what monitors mean: inflections, transliterations, misspelt names, phrases; highlights and order. */
public class SearchMatchingTest extends SearchFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"журналиста", "журналисты", "Журналисты"})
    void russianInflectionsFindEachOther(String word) {
        // the texts say журналистам, журналисту, журналистов (I2 through its category label)
        assertThat(incidents(word)).containsExactlyInAnyOrder(world.threatsAlmaty, world.detentionKostanay,
                world.refusalAlmaty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Azattyq", "Azattyk", "Азаттык", "Азаттық", "AZATTYQ"})
    void anOutletIsFoundByAnySpellingOfItsName(String spelling) {
        SearchResults results = index.search(SearchRequest.of(spelling, Viewer.PUBLIC));
        assertThat(ids(results, "incident")).containsExactly(world.claimShymkent);
        assertThat(ids(results, "actor")).containsExactly(world.azattyq);
        assertThat(ids(results, "source")).contains(world.azattyqSource);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bazhkenova", "Бажкенова", "bazhkenova"})
    void aPersonIsFoundInEitherScript(String spelling) {
        SearchResults results = index.search(SearchRequest.of(spelling, Viewer.PUBLIC));
        assertThat(ids(results, "incident")).containsExactly(world.threatsAlmaty);
        assertThat(ids(results, "actor")).containsExactly(world.bazhkenova);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Бажкенованың", "Бажкенованы", "Бажкеновамен", "бажкеноваға"})
    void aNameWithKazakhCaseEndingsIsFound(String inflected) {
        assertThat(ids(index.search(SearchRequest.of(inflected, Viewer.PUBLIC)), "incident"))
                .containsExactly(world.threatsAlmaty);
    }

    @Test
    void aWordWithAKazakhPossessiveEndingIsFoundAndItsPassageShown() {
        // "Азаттык радиосы" (Azattyk's radio): the texts say Радио Азаттык and Радио Азаттық
        SearchResults results = index.search(SearchRequest.of("Азаттык радиосы", Viewer.PUBLIC));
        assertThat(ids(results, "actor")).containsExactly(world.azattyq);
        assertThat(ids(results, "source")).containsExactly(world.azattyqSource);
        SearchHit source = results.hits().stream().filter(h -> h.type().equals("source")).findFirst().orElseThrow();
        assertThat(source.highlight()).contains("<mark>Радио</mark> <mark>Азаттық</mark>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qostanay", "Kostanay", "Костанай", "Қостанай"})
    void aPlaceIsFoundByAnySpelling(String spelling) {
        assertThat(incidents(spelling)).containsExactlyInAnyOrder(world.detentionKostanay, world.blockingKostanay);
    }

    @Test
    void kazakhWordsAreFoundWithOrWithoutKazakhLetters() {
        assertThat(incidents("бұғатталды")).containsExactly(world.blockingKostanay);
        assertThat(incidents("бугатталды")).containsExactly(world.blockingKostanay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bazhkenva", "Bazkhenova", "Бажкенва"})
    void aMisspeltNameIsFoundAndTheCorrectionSuggested(String typo) {
        SearchResults results = index.search(SearchRequest.of(typo, Viewer.PUBLIC));
        assertThat(ids(results, "incident")).containsExactly(world.threatsAlmaty);
        assertThat(results.suggestions()).contains("bazhkenova");
    }

    @Test
    void aQuotedPhraseNeedsItsWordsTogetherAndInOrder() {
        assertThat(incidents("угрожали журналистам")).containsExactlyInAnyOrder(world.threatsAlmaty, world.refusalAlmaty);
        assertThat(incidents("\"угрожали журналистам\"")).containsExactly(world.threatsAlmaty);
        assertThat(incidents("\"журналистам угрожали\"")).isEmpty();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(incidents("журналиста Qostanay")).containsExactly(world.detentionKostanay);
    }

    @Test
    void theMatchingPassageIsHighlighted() {
        SearchHit hit = only(index.search(SearchRequest.of("угрожали", Viewer.PUBLIC).with(Facet.TYPE, "incident")
                .with(Facet.REGION, "kz-almaty").with(Facet.GROUP, "rights_violations")));
        assertThat(hit.highlight()).contains("<mark>угрожали</mark> журналистам");

        SearchHit inflected = index.search(SearchRequest.of("журналиста", Viewer.PUBLIC).with(Facet.TYPE, "incident")
                .sortedBy(SearchSort.DATE)).hits().getLast();
        assertThat(inflected.id()).isEqualTo(world.threatsAlmaty);
        assertThat(inflected.highlight()).contains("<mark>журналистам</mark>");

        SearchHit transliterated = only(index.search(SearchRequest.of("Azattyq", Viewer.PUBLIC)
                .with(Facet.TYPE, "incident")));
        assertThat(transliterated.highlight()).contains("<mark>Азаттык</mark>");
    }

    @Test
    void resultsCanBeOrderedByDate() {
        List<Long> byDate = index.search(SearchRequest.of("журналиста", Viewer.PUBLIC).with(Facet.TYPE, "incident")
                .sortedBy(SearchSort.DATE)).hits().stream().map(SearchHit::id).toList();
        assertThat(byDate).containsExactly(world.refusalAlmaty, world.detentionKostanay, world.threatsAlmaty);
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheText() {
        // I5 has the word in its title, I1 in its summary, I2 only in the label of its category
        List<SearchHit> hits = index.search(SearchRequest.of("журналиста", Viewer.PUBLIC).with(Facet.TYPE, "incident"))
                .hits();
        assertThat(hits.getFirst().id()).isEqualTo(world.refusalAlmaty);
        assertThat(hits.getLast().id()).isEqualTo(world.detentionKostanay);
        assertThat(hits.getFirst().score()).isGreaterThan(hits.getLast().score());
    }

    @Test
    void pagesFollowEachOther() {
        SearchRequest all = new SearchRequest("", java.util.Map.of(Facet.TYPE, "incident"), SearchSort.DATE, 0, 2,
                Viewer.PUBLIC);
        List<Long> first = index.search(all).hits().stream().map(SearchHit::id).toList();
        List<Long> second = index.search(all.page(1, 2)).hits().stream().map(SearchHit::id).toList();
        assertThat(first).containsExactly(world.refusalAlmaty, world.detentionKostanay);
        assertThat(second).containsExactly(world.threatsAlmaty, world.blockingKostanay);
    }

    private List<Long> incidents(String text) {
        return ids(index.search(SearchRequest.of(text, Viewer.PUBLIC).with(Facet.TYPE, "incident").page(0, 100)),
                "incident");
    }

    public static List<Long> ids(SearchResults results, String type) {
        return results.hits().stream().filter(h -> h.type().equals(type)).map(SearchHit::id).toList();
    }

    private static SearchHit only(SearchResults results) {
        assertThat(results.hits()).hasSize(1);
        return results.hits().getFirst();
    }
}
