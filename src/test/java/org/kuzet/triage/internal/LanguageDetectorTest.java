package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kuzet.triage.Language;

class LanguageDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police detained a journalist in Atyrau.|en",
        "Полиция задержала журналиста в Атырау после митинга.|ru",
        "Полиция Атырауда журналисті ұстады және оны бөлімшеге апарды.|kk",
        "Суд в Қостанае удалил журналиста из зала.|ru",
        "Бас редакторға қарсы жала жабу науқаны басталды.|kk",
    })
    void tellsTheLanguageBySomeWords(String text, String lang) {
        assertThat(LanguageDetector.detect(text).code()).isEqualTo(lang);
    }

    @Test
    void theArticlesCarryingTheSeedsFactsAreEnglish() {
        for (String article : FixtureArticles.ALL) {
            assertThat(LanguageDetector.detect(FixtureArticles.text(article))).as(article).isEqualTo(Language.EN);
        }
    }

    @Test
    void theLabeledSetAgreesWithItsLanguageTags() {
        long wrong = LabeledSet.shipped().all().stream()
                .filter(item -> !LanguageDetector.detect(item.text()).code().equals(item.lang())).count();
        assertThat(wrong).isZero();
    }
}
