package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh desk says what is empty rather than showing a heading over nothing. The start page in Russian, with no
 * incident dated this month. The editor's report page in Kazakh: before any report is published it says so (the heading stood over an empty
 * list); a published one is listed with its version in words, and the previews are named by language, not by code.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // "nothing this month", "no report published yet": only where no other test records or publishes
class FreshDeskWordsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePublishedListSaysWhenItIsEmptyAndNamesVersionsInWords() throws Exception {
        Document before = page();
        assertThat(before.select("#no-published-report").text()).isEqualTo("Әзірге бірде-бір есеп жарияланған жоқ.");
        assertThat(before.select("a[href^='/staff/reports/2023-05?']").eachText())
                .containsExactly("English", "Русский", "Қазақша");

        mvc.perform(post("/staff/reports/2023-05/publish").param("lang", "kk").with(csrf())
                .with(user("editor.list").roles("EDITOR"))).andExpect(status().is3xxRedirection());
        Document after = page();
        assertThat(after.select("#no-published-report")).isEmpty();
        assertThat(after.select("a[href^='/reports/2023-05']").text()).isEqualTo("2023-05 · Нұсқа 1");
        // the public list named the languages to read it in by their codes (en ru kk)
        Document archive = Jsoup.parse(mvc.perform(get("/reports").param("lang", "ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(archive.select("a[href^='/reports/2023-05?']").eachText())
                .containsExactly("English", "Русский", "Қазақша");
    }

    @Test
    void theStartPageSaysNothingIsDatedThisMonthYet() throws Exception {
        Document start = Jsoup.parse(mvc.perform(get("/staff").param("lang", "ru")
                .with(user("editor.month").roles("EDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(start.select("#month-none").text())
                .isEqualTo("Пока нет ни одного нарушения, датированного этим месяцем.");
    }

    @Test
    void aPeriodThatIsNoneIsSaidBesideItsFieldAndOffersNothingToPublish() throws Exception {
        // "2024-13" was taken as a period: its heading, downloads and the publish button were offered
        Document page = Jsoup.parse(mvc.perform(get("/staff/reports").param("period", "2024-13").param("lang", "ru")
                .with(user("editor.period").roles("EDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#period-error").text()).contains("2024-13");
        assertThat(page.select("#period").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("form[action*=/publish]")).isEmpty();
        assertThat(page.select("a[href*=/report.]")).isEmpty();
    }

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get("/staff/reports").param("period", "2023-05").param("lang", "kk")
                .with(user("editor.list").roles("EDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
