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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff's side of three languages: the list of what a month's report quotes untranslated, and the incident
 * form that edits the original and its two translations side by side.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TranslationPagesTest {

    private static final RequestPostProcessor MONITOR = user("monitor.translations").roles("MONITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMonthsUntranslatedIncidentsAreListedWithTheLanguagesTheyLack() throws Exception {
        long halfDone = incident("Blogger from Semey fined over a post", "en",
                "{\"ru\": {\"title\": \"Блогера из Семея оштрафовали за пост\"}}");
        long done = incident("Semey akimat refused to name its media contracts", "en", """
                {"ru": {"title": "Акимат Семея отказался назвать свои медиаконтракты"},
                 "kk": {"title": "Семей әкімдігі медиа келісімшарттарын атаудан бас тартты"}}""");
        Document page = page("/staff/translations?period=2018-10");
        assertThat(page.select("#untranslated a[href='/staff/incidents/" + halfDone + "/edit']").text())
                .isEqualTo("Blogger from Semey fined over a post");
        assertThat(page.select("#untranslated a[href='/staff/incidents/" + done + "/edit']")).isEmpty();
        assertThat(page.select("#untranslated tr:has(a[href='/staff/incidents/" + halfDone + "/edit']) .tag").text())
                .isEqualTo("Қазақша");
        assertThat(page.select("#untranslated-count").text()).startsWith("1 of 2");
    }

    @Test
    void aPeriodThatIsNoneIsNamedAndNothingIsListed() throws Exception {
        Document page = page("/staff/translations?period=2018-13&lang=ru");
        assertThat(page.select("#period-error").text()).isNotBlank();
        assertThat(page.select("#untranslated")).isEmpty();
    }

    @Test
    void theFormStoresTheOriginalAndBothTranslations() throws Exception {
        String location = mvc.perform(post("/staff/incidents").with(MONITOR).with(csrf())
                        .param("title", "Журналиста из Семея вызвали в полицию").param("summary", "Из-за поста.")
                        .param("language", "ru").param("shownLanguage", "ru")
                        .param("translations[kk].title", "Семейлік журналисті полицияға шақырды")
                        .param("translations[kk].summary", "Жазбасы үшін.")
                        .param("translations[en].title", "Semey journalist summoned to the police")
                        .param("translations[en].summary", "")
                        .param("date", "2018-10-04").param("place", "kz-semey")
                        .param("primaryCategory", "summons_law_enforcement"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select language || '|' || (translations -> 'kk' ->> 'title') || '|' "
                        + "|| (translations -> 'en' ->> 'title') from incident where id = ?").param(id)
                .query(String.class).single())
                .isEqualTo("ru|Семейлік журналисті полицияға шақырды|Semey journalist summoned to the police");
        Document form = page("/staff/incidents/" + id + "/edit");
        assertThat(form.select("#language option[selected]").val()).isEqualTo("ru");
        assertThat(form.select("#title-kk").val()).isEqualTo("Семейлік журналисті полицияға шақырды");
        assertThat(form.select("#summary-kk").text()).isEqualTo("Жазбасы үшін.");
        assertThat(form.select(".text-column")).hasSize(3);
    }

    @Test
    void switchingTheOriginalToATranslatedLanguageSwapsTheTwo() throws Exception {
        String location = mvc.perform(post("/staff/incidents").with(MONITOR).with(csrf())
                        .param("title", "Semey reporter denied entry to the akimat").param("summary", "")
                        .param("language", "kk").param("shownLanguage", "en")
                        .param("translations[kk].title", "Семейлік тілшіні әкімдікке кіргізбеді")
                        .param("date", "2018-10-09").param("place", "kz-semey")
                        .param("primaryCategory", "accreditation_denial"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select title || '|' || language || '|' || (translations -> 'en' ->> 'title') "
                + "from incident where id = ?").param(id).query(String.class).single())
                .isEqualTo("Семейлік тілшіні әкімдікке кіргізбеді|kk|Semey reporter denied entry to the akimat");
    }

    private long incident(String title, String language, String translations) {
        return jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, language, translations)
                values (?, date '2018-10-15', 'day', 'kz-semey', 'threats', 'published', now(), ?, ?::jsonb)
                returning id""").params(title, language, translations).query(Long.class).single();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
