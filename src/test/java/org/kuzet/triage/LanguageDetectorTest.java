package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void theSeedsAreEnglish() throws IOException {
        for (String seed : new String[] {"000", "001", "003"}) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed + ".txt")) {
                assertThat(LanguageDetector.detect(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                        .isEqualTo(Language.EN);
            }
        }
    }

    @Test
    void theLabeledSetAgreesWithItsLanguageTags() {
        long wrong = LabeledSet.shipped().all().stream()
                .filter(item -> !LanguageDetector.detect(item.text()).code().equals(item.lang())).count();
        assertThat(wrong).isZero();
    }
}
