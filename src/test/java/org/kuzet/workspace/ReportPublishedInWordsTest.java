package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kuzet.web.DatesInWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Publishing a report is confirmed in a sentence in the editor's language (which version of which report, on which
 * day), and the published page labels its version and SHA-256 in words. A period no other test publishes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPublishedInWordsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theEditorIsToldInRussianWhichVersionOfWhichReportWasPublishedAndWhen() throws Exception {
        MvcResult first = mvc.perform(post("/staff/reports/2023-07/publish").param("lang", "ru").with(csrf())
                .with(user("editor.words").roles("EDITOR"))).andExpect(status().is3xxRedirection()).andReturn();
        String said = (String) first.getFlashMap().get("message");

        assertThat(said).matches("\\d{1,2} [а-я]+ \\d{4}\u202fг\\. опубликована версия 1 отчёта "
                + "«Нарушения свободы слова в Казахстане: июль 2023 года»\\.");
        assertThat(said).doesNotContainPattern("[0-9a-f]{64}");

        MvcResult again = mvc.perform(post("/staff/reports/2023-07/publish").param("lang", "en").with(csrf())
                .with(user("editor.words").roles("EDITOR"))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) again.getFlashMap().get("problem")).isEqualTo(
                "Nothing changed since version 1 of 2023-07: there is nothing to correct.");

        String page = mvc.perform(get("/reports/2023-07").param("lang", "kk")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Нұсқа", "жарияланды", "Осы нұсқаның SHA-256 бақылау сомасы")
                .containsPattern("<code id=\"report-sha256\">[0-9a-f]{64}</code>");
    }

    @Test
    void aDayIsWrittenOutAsEachLanguageWritesIt() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(DatesInWords.of(day, Locale.ENGLISH)).isEqualTo("7 December 2026");
        assertThat(DatesInWords.of(day, Locale.forLanguageTag("ru"))).isEqualTo("7 декабря 2026\u202fг.");
        assertThat(DatesInWords.of(day, Locale.forLanguageTag("kk"))).isEqualTo("2026\u202fж. 7 желтоқсан");
        // a moment late on the 7th in UTC is already the 8th in Almaty
        assertThat(DatesInWords.of(java.time.Instant.parse("2026-12-07T20:30:00Z"), Locale.ENGLISH))
                .isEqualTo("8 December 2026");
    }
}
