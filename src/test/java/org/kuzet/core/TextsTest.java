package org.kuzet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record's text in the language asked for, or the original with its language; and what it still lacks. */
class TextsTest {

    private final Texts courtInKostanay = new Texts("en", "Judge removed a reporter from an open hearing",
            "The hearing was about a claim against two banks.",
            Map.of("ru", new Texts.Translation("Судья удалил журналиста с открытого заседания", "")));

    @Test
    void aTranslationIsShownInItsLanguage() {
        assertThat(courtInKostanay.title("ru"))
                .isEqualTo(new Texts.Shown("Судья удалил журналиста с открытого заседания", "ru", true));
    }

    @Test
    void withoutATranslationTheOriginalIsShownSayingItsLanguage() {
        assertThat(courtInKostanay.title("kk"))
                .isEqualTo(new Texts.Shown("Judge removed a reporter from an open hearing", "en", false));
        // the Russian translation has a title but no summary: the summary stays English, and says so
        assertThat(courtInKostanay.summary("ru").language()).isEqualTo("en");
        assertThat(courtInKostanay.summary("ru").inLanguageAsked()).isFalse();
        assertThat(courtInKostanay.title("en").inLanguageAsked()).isTrue();
    }

    @Test
    void whatIsMissingIsEveryLanguageWithoutATitleOrASummary() {
        assertThat(courtInKostanay.missing()).containsExactly("ru", "kk");
        Texts whole = new Texts("kk", "Тілшіге қоқан-лоқы", "", Map.of(
                "ru", new Texts.Translation("Угрозы журналисту", ""), "en", new Texts.Translation("Threats to a reporter", "")));
        assertThat(whole.missing()).isEmpty();
    }

    @Test
    void theLanguageIsGuessedFromTheLetters() {
        assertThat(Texts.guessLanguage("Азаттық радиосының тілшілері")).isEqualTo("kk");
        assertThat(Texts.guessLanguage("Угрозы в адрес редактора Orda.kz")).isEqualTo("ru");
        assertThat(Texts.guessLanguage("Threats against the editor of Orda.kz")).isEqualTo("en");
        assertThat(Texts.of("Угрозы журналисту", "").language()).isEqualTo("ru");
    }

    @Test
    void aTranslationIntoTheOriginalsOwnLanguageOrAnUnknownOneIsNamed() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Texts.Translation> given = new LinkedHashMap<>();
        given.put("ru", new Texts.Translation("Угрозы", ""));
        given.put("de", new Texts.Translation("Drohungen", ""));
        given.put("kk", new Texts.Translation("", "Тек сипаттама"));
        Texts.checked("ru", "Угрозы журналисту", "", given, problems);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("translations.ru", "translations.de", "translations.kk.title");
        problems.clear();
        Texts.checked("fr", "Menaces", "", Map.of(), problems);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("language");
    }

    @Test
    void blankTranslationsAreDroppedAndTheJsonColumnReadsBack() {
        Texts texts = new Texts("en", "Title", "", Map.of("kk", new Texts.Translation(" ", ""),
                "ru", new Texts.Translation(" Заголовок ", null)));
        assertThat(texts.translations()).containsOnlyKeys("ru");
        Texts stored = Texts.stored("en", "Title", "", texts.translationsJson());
        assertThat(stored).isEqualTo(texts);
        assertThat(stored.title("ru").text()).isEqualTo("Заголовок");
    }
}
