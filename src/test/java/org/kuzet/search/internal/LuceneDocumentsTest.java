package org.kuzet.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text fields leave out the title they begin with (its words are in the title fields), and only that. */
class LuceneDocumentsTest {

    @Test
    void theTitleAtTheStartOfATextIsLeftOut() {
        assertThat(LuceneDocuments.afterTitle("Угрозы журналисту Асель Ниязовой Неизвестные угрожали",
                "Угрозы журналисту Асель Ниязовой")).isEqualTo(" Неизвестные угрожали");
        assertThat(LuceneDocuments.afterTitle("Азаттық", "Азаттық")).isEmpty();
    }

    @Test
    void aTitleThatEndsInsideAWordOrIsNotAtTheStartLeavesTheTextWhole() {
        assertThat(LuceneDocuments.afterTitle("Азаттықтың тілшісі", "Азаттық")).isEqualTo("Азаттықтың тілшісі");
        assertThat(LuceneDocuments.afterTitle("Тілші Азаттық", "Азаттық")).isEqualTo("Тілші Азаттық");
        assertThat(LuceneDocuments.afterTitle("Иск к изданию", "")).isEqualTo("Иск к изданию");
    }
}
