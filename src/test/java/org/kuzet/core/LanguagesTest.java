package org.kuzet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of languages answers every feature the same way. */
class LanguagesTest {

    @Test
    void aLanguageKuzetDoesNotSpeakFallsBackToEnglish() {
        assertThat(Languages.orEnglish("kk")).isEqualTo("kk");
        assertThat(Languages.orEnglish("de")).isEqualTo("en");
        assertThat(Languages.orEnglish(null)).isEqualTo("en");
    }

    @Test
    void theRefusalNamesTheSpokenCodesAndTheValue() {
        assertThat(Languages.notSpoken("lang", "de").message()).isEqualTo("must be one of en, ru, kk, not 'de'");
    }
}
