package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages in the visitor's language: an incident's translated title and summary where there is one, the
 * original where there is none, saying so ("in Russian only"), on the page, the list, the feed and the download.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicTranslationsTest {

    private static final String ENGLISH = "Reporters of five outlets sent out of the Zhanaozen courtroom";
    private static final String RUSSIAN = "Журналистов пяти изданий удалили из зала суда в Жанаозене";
    private static final String KAZAKH_ONLY = "Жаңаөзен әкімдігі тілшіге ақпарат беруден бас тартты";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long translated;
    private long kazakhOnly;

    @BeforeEach
    void fixture() {
        translated = incident(ENGLISH, "They were offered a feed from another room.", "en",
                "{\"ru\": {\"title\": \"" + RUSSIAN + "\", \"summary\": \"Им предложили трансляцию из другого зала.\"}}");
        kazakhOnly = incident(KAZAKH_ONLY, "Сұрау мерзімінде жауапсыз қалды.", "kk", "{}");
    }

    @Test
    void aRussianVisitorReadsTheRussianTitleAndSummary() throws Exception {
        String page = html("/incidents/" + translated + "?lang=ru");
        assertThat(page).contains(RUSSIAN, "Им предложили трансляцию из другого зала.")
                .doesNotContain(ENGLISH).doesNotContain("только на");
    }

    @Test
    void aKazakhVisitorReadsTheOriginalAndIsToldItsLanguage() throws Exception {
        String page = html("/incidents/" + translated + "?lang=kk");
        assertThat(page).contains(ENGLISH, "(тек ағылшын тілінде)", "lang=\"en\"");
        assertThat(html("/incidents/" + kazakhOnly + "?lang=ru")).contains(KAZAKH_ONLY, "(только на казахском)");
        assertThat(html("/incidents/" + kazakhOnly + "?lang=en")).contains(KAZAKH_ONLY, "(in Kazakh only)");
        assertThat(html("/incidents/" + kazakhOnly + "?lang=kk")).contains(KAZAKH_ONLY).doesNotContain("тек қазақ");
    }

    @Test
    void theListAndTheDownloadsUseTheVisitorsLanguage() throws Exception {
        assertThat(html("/incidents?lang=ru&q=Zhanaozen")).contains(RUSSIAN);
        String csv = html("/incidents.csv?lang=ru&region=kz-mangystau-region");
        assertThat(csv).contains(RUSSIAN + ",").contains(KAZAKH_ONLY);
        assertThat(csv.lines().filter(l -> l.contains(KAZAKH_ONLY)).findFirst().orElseThrow()).endsWith(",kk");
        assertThat(csv.lines().filter(l -> l.contains(RUSSIAN)).findFirst().orElseThrow()).endsWith(",ru");
        assertThat(html("/feed.atom?lang=ru&region=kz-mangystau-region"))
                .contains(RUSSIAN, KAZAKH_ONLY + " (только на казахском)");
    }

    @Test
    void searchFindsAnIncidentByItsTranslation() throws Exception {
        assertThat(html("/incidents?q=Жанаозене")).contains(ENGLISH);
    }

    private long incident(String title, String summary, String language, String translations) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, language, translations)
                values (?, ?, ?, 'day', 'kz-aktau', 'judicial_transparency_violation', 'published', now(), ?,
                    ?::jsonb) returning id""")
                .params(title, summary, LocalDate.parse("2024-03-12"), language, translations)
                .query(Long.class).single();
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
