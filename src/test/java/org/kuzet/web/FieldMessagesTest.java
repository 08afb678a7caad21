package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.core.ApiEnglish;
import org.kuzet.core.FieldProblem;

/**
 * A problem is said by its key through the one message source: in the reader's language on a page, and to an API
 * caller in the API's English unless they ask for another language. No English text is matched to find it.
 */
class FieldMessagesTest {

    private final FieldMessages messages = new FieldMessages(source());

    private static IcuMessageSource.Icu source() {
        IcuMessageSource.Icu source = new IcuMessageSource.Icu();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aPageSaysTheProblemInTheReadersLanguageWithTheValueTyped() {
        FieldProblem place = FieldProblem.of("place", "problem.place", "kz-nowhere");
        assertThat(messages.say(place, Locale.forLanguageTag("ru")))
                .isEqualTo("kz-nowhere нет в справочнике мест: выберите место из списка.");
        assertThat(messages.say(place, Locale.forLanguageTag("kk")))
                .isEqualTo("kz-nowhere жерлер анықтамалығында жоқ: тізімнен таңдаңыз.");
        assertThat(messages.say(place, Locale.ENGLISH))
                .isEqualTo("kz-nowhere is not a place in the gazetteer: choose one from the list.");
    }

    @Test
    void aFormShowsTheFirstProblemOfEachField() {
        List<FieldProblem> problems = List.of(FieldProblem.of("title", "problem.required"),
                FieldProblem.of("date", "problem.noSuchDay", "2023-02-29"),
                FieldProblem.of("title", "problem.controlCharacter"));
        assertThat(messages.byField(problems, Locale.forLanguageTag("kk")))
                .containsExactly(java.util.Map.entry("title", "Бұл өрісті толтырыңыз."),
                        java.util.Map.entry("date", "2023-02-29 деген күн жоқ."));
    }

    @Test
    void theApiAnswersInItsOwnEnglishUnlessAskedForAnotherLanguage() {
        FieldProblem kind = FieldProblem.of("victims[0].kind", "problem.oneOfNot", "journalist, blogger", "robot");
        assertThat(messages.forApi(List.of(kind), Locale.ENGLISH)).containsExactly(
                new FieldMessages.Said("victims[0].kind", "must be one of journalist, blogger, not 'robot'"));
        assertThat(messages.forApi(List.of(kind), Locale.forLanguageTag("ru"))).containsExactly(
                new FieldMessages.Said("victims[0].kind", "Выберите одно из: journalist, blogger (а не robot)."));
    }

    @Test
    void aConflictNamesTheRouteOnlyInTheApisEnglish() {
        List<String> args = List.of("7");
        String english = ApiEnglish.say("conflict.incidentPublished", args);
        assertThat(english).contains("POST /api/v1/incidents/7/correct");
        for (String lang : List.of("en", "ru", "kk")) {
            assertThat(messages.say("conflict.incidentPublished", args, english, Locale.forLanguageTag(lang)))
                    .contains("7").doesNotContain("/api/");
        }
    }
}
