package org.kuzet.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kuzet.place.Places;

/** Places by their Russian, Kazakh and Latin spellings and in inflected forms, from the migrated gazetteer. */
class PlaceMatcherTest {

    private final PlaceMatcher places = TextMatchers.standalone().places();

    private List<String> codes(String text) {
        return places.find(text).stream().map(PlaceMention::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A judge in Kostanay removed a journalist.|kz-kostanay",
        "A judge in Qostanay removed a journalist.|kz-kostanay",
        "Суд в Кустанае удалил журналиста.|kz-kostanay",
        "Суд в Костанае удалил журналиста.|kz-kostanay",
        "Қостанайда сот болды.|kz-kostanay",
        "Костанайская область|kz-kostanay-region",
        "в Костанайской области прошёл суд|kz-kostanay-region",
        "Qostanay Region police|kz-kostanay-region",
        "Павлодарской области|kz-pavlodar-region",
        "Оралда блогер ұсталды.|kz-oral",
        "Police in Uralsk detained a blogger.|kz-oral",
        "В Усть-Каменогорске прошел суд.|kz-oskemen",
        "Журналист из Алматы|kz-almaty",
        "Блогера задержали в Уральске.|kz-oral",
    })
    void aPlaceInAnySpellingAndCase(String text, String code) {
        assertThat(codes(text)).containsExactly(code);
    }

    @Test
    void theLongestNameWinsAndOffsetsPointAtIt() {
        String text = "Police of the Kostanay Region detained him.";
        List<PlaceMention> found = places.find(text);
        assertThat(found).extracting(PlaceMention::code).containsExactly("kz-kostanay-region");
        assertThat(text.substring(found.getFirst().start(), found.getFirst().end())).isEqualTo("Kostanay Region");
    }

    @Test
    void lowerCaseWordsAndAdjectivesAreNoPlaces() {
        assertThat(codes("a kazakhstani oral hearing")).isEmpty();
        assertThat(codes("Kazakhstani journalists")).isEmpty();
    }

    @Test
    void aWholeNameInAnySpelling() {
        assertThat(places.code("Oralbek")).isEmpty();
        assertThat(places.code("Oral")).contains("kz-oral");
        assertThat(places.code("Уральск")).contains("kz-oral");
    }

    @Test
    void theFirstPlaceListedWithASpellingKeepsIt() {
        PlaceMatcher own = new PlaceMatcher(List.of(new Places.Name("xx-a", "Aral"), new Places.Name("xx-b", "Арал")));
        assertThat(own.code("Aral")).contains("xx-a");
        assertThat(own.find("Аралда")).extracting(PlaceMention::code).containsExactly("xx-a");
    }
}
