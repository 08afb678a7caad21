package org.kuzet.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    @ParameterizedTest
    @CsvSource({
        "Azattyq, Азаттық",
        "Azattyk, Азаттык",
        "Azattyq, Azattyk",
        "Tsoy, Tsoi",
        "Tokayev, Toqayev",
        "Tokayev, Токаев",
        "Bazhkenova, Бажкенова",
        "Qostanay, Kostanay",
        "Kostanay, Костанай",
        "Oskemen, Өскемен",
        "Kassym-Jomart, Qasym-Jomart",
        "Akhmedyarov, Ахмедьяров",
        "Yeskaraev, Ескараев",
        "Jambyl, Zhambyl",
    })
    void spellingsOfOneNameShareAKey(String one, String other) {
        assertThat(Spelling.key(one)).isEqualTo(Spelling.key(other));
    }

    @ParameterizedTest
    @CsvSource({"Astana, Almaty", "Orda, Ordabasy", "Tsoy, Toy"})
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(Spelling.key(one)).isNotEqualTo(Spelling.key(other));
    }
}
