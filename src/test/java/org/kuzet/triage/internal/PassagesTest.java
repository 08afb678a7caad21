package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An article is cut into the paragraphs that tell; headlines announce and are left out. */
class PassagesTest {

    private static final String ARTICLE = """
            В Уральске задержали журналиста портала «Ақ Жайық»
            12 марта 2025 года в Уральске полиция задержала журналистку, когда она снимала пикет у акимата.
            «Мы обжалуем задержание в прокуратуре.»
            Главный редактор сказал: «Это давление на редакцию»
            Последние новости
            В Актобе прошёл турнир по боксу
            """;

    @Test
    void aHeadlineEndingWithAQuotedNameIsStillAHeadline() {
        List<String> texts = Passages.of(ARTICLE).stream().map(Passage::text).toList();
        assertThat(texts).noneMatch(t -> t.startsWith("В Уральске задержали"));
        assertThat(texts).anyMatch(t -> t.startsWith("12 марта 2025 года"));
    }

    @Test
    void aQuoteClosedAfterItsFullStopEndsASentence() {
        List<String> texts = Passages.of(ARTICLE).stream().map(Passage::text).toList();
        assertThat(texts).contains("«Мы обжалуем задержание в прокуратуре.»");
        // a short line ending with a quote that closes no sentence announces, like a headline
        assertThat(texts).noneMatch(t -> t.startsWith("Главный редактор"));
        assertThat(texts).noneMatch(t -> t.contains("Актобе"));
    }
}
