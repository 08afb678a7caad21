package org.kuzet.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Kazakh endings people write after names and common words, cut back to what the texts say. */
class KazakhSuffixesTest {

    @ParameterizedTest
    @CsvSource({
        // names with case endings
        "бажкенованың, бажкенова",
        "бажкенованы, бажкенова",
        "бажкеноваға, бажкенова",
        "бажкеновамен, бажкенова",
        "азаттықтың, азаттық",
        "азаттыққа, азаттық",
        "алматыдағы, алмат",
        "қостанайдан, қостанай",
        // possessive, and possessive with a case ending after it
        "радиосы, радио",
        "радиосының, радио",
        "радиосына, радио",
        "басылымы, басылым",
        // plural, plural with possessive and case
        "журналистер, журналист",
        "журналистерге, журналист",
        "журналистердің, журналист",
        "сайттар, сайт",
        "сайттарды, сайт",
        "блогерлер, блогер",
        "блогерлерге, блогер",
        "редакциялардың, редакция",
        "соттарда, сот"})
    void cutsTheEndings(String word, String stem) {
        assertThat(KazakhSuffixes.strip(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"азаттық", "сот", "журналист", "ұры", "ана", "радио"})
    void leavesAWordWithoutEndingsOrTooShortToCut(String word) {
        assertThat(KazakhSuffixes.strip(word)).isEqualTo(word);
    }
}
