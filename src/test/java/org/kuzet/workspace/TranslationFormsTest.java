package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The list of what a period's report quotes untranslated names legal cases, statements, context events and actors'
 * descriptions beside incidents, each linking to a form with the original and the two other languages side by side;
 * what is typed there is stored by the record's owner, and a translation that breaks a rule is named, nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TranslationFormsTest {

    private static final RequestPostProcessor MONITOR = user("monitor.translation.forms").roles("MONITOR");
    private static final String PERIOD = "2017-11";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long legalCase;
    private long statement;
    private long event;
    private long actor;

    @BeforeEach
    void fixture() {
        actor = jdbc.sql("""
                insert into actor (kind, actor_type, name, description, language)
                values ('organisation', 'state_body', 'Ekibastuz city akimat', 'The town''s executive office.', 'en')
                returning id""").query(Long.class).single();
        legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction, language)
                values ('Иск акимата Экибастуза к местной газете', 'civil', 'first_instance', date '2017-11-06', 'day',
                    'against_media', 'ru') returning id""").query(Long.class).single();
        statement = jdbc.sql("""
                insert into statement (speaker_actor_id, speaker_name, made_on, date_precision, stance, summary,
                    language, translations)
                values (?, 'Ekibastuz city akimat', date '2017-11-08', 'day', 'rebuttal',
                    'The akimat denied pressing the newspaper.', 'en',
                    '{"ru": {"title": "", "summary": "Акимат отрицает давление на газету."}}'::jsonb) returning id""")
                .param(actor).query(Long.class).single();
        event = jdbc.sql("""
                insert into context_event (occurred_on, date_precision, place_code, kind, title, description, language)
                values (date '2017-11-10', 'day', 'kz-pavlodar', 'regulation', 'Pavlodar region tightens press passes',
                    'Accreditation now needs a letter from the editor.', 'en') returning id""")
                .query(Long.class).single();
    }

    @Test
    void eachKindIsListedWithTheLanguagesItLacksAndLinksToItsForm() throws Exception {
        Document page = page("/staff/translations?period=" + PERIOD);
        assertThat(page.select("#untranslated-case a[href='/staff/translations/case/" + legalCase + "?period="
                + PERIOD + "']").text()).isEqualTo("Иск акимата Экибастуза к местной газете");
        assertThat(page.select("#untranslated-case tr:has(a[href*='/case/" + legalCase + "?']) .tag").eachText())
                .containsExactly("English", "Қазақша");
        assertThat(page.select("#untranslated-statement tr:has(a[href*='/statement/" + statement + "?']) .tag")
                .eachText()).containsExactly("Қазақша");
        assertThat(page.select("#untranslated-context a[href*='/context/" + event + "?']").text())
                .isEqualTo("Pavlodar region tightens press passes");
        assertThat(page.select("#untranslated-actor a[href*='/actor/" + actor + "?']").text())
                .isEqualTo("Ekibastuz city akimat");
    }

    @Test
    void theFormShowsTheOriginalBesideTheTwoOtherLanguagesAndStoresThem() throws Exception {
        Document form = page("/staff/translations/context/" + event + "?period=" + PERIOD + "&lang=ru");
        assertThat(form.select("#original .original-title").text()).isEqualTo("Pavlodar region tightens press passes");
        assertThat(form.select(".text-column")).hasSize(3);
        assertThat(form.select("#title-ru, #title-kk, #summary-ru, #summary-kk")).hasSize(4);
        assertThat(form.select("#title-en")).isEmpty();
        mvc.perform(post("/staff/translations/context/" + event).with(MONITOR).with(csrf()).param("period", PERIOD)
                        .param("translations[ru].title", "Павлодарская область ужесточила пропуска для прессы")
                        .param("translations[ru].summary", "Для аккредитации нужно письмо редактора.")
                        .param("translations[kk].title", "Павлодар облысы баспасөз рұқсатнамаларын қатайтты")
                        .param("translations[kk].summary", "Аккредиттеу үшін редактордың хаты керек."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/translations?period=" + PERIOD));
        assertThat(jdbc.sql("select (translations -> 'kk' ->> 'title') || '|' || revision from context_event "
                + "where id = ?").param(event).query(String.class).single())
                .isEqualTo("Павлодар облысы баспасөз рұқсатнамаларын қатайтты|2");
        assertThat(page("/staff/translations?period=" + PERIOD)
                .select("#untranslated-context a[href*='/context/" + event + "?']")).isEmpty();
    }

    @Test
    void aCaseTitleAndAnActorsDescriptionAreStoredByTheirOwners() throws Exception {
        Document form = page("/staff/translations/case/" + legalCase);
        assertThat(form.select("#title-en, #title-kk")).hasSize(2);
        assertThat(form.select("textarea")).isEmpty();
        mvc.perform(post("/staff/translations/case/" + legalCase).with(MONITOR).with(csrf())
                        .param("translations[en].title", "Ekibastuz akimat sues a local newspaper"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select translations -> 'en' ->> 'title' from legal_case where id = ?").param(legalCase)
                .query(String.class).single()).isEqualTo("Ekibastuz akimat sues a local newspaper");
        mvc.perform(post("/staff/translations/actor/" + actor).with(MONITOR).with(csrf())
                        .param("translations[ru].summary", "Исполнительный орган города."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select translations -> 'ru' ->> 'summary' from actor where id = ?").param(actor)
                .query(String.class).single()).isEqualTo("Исполнительный орган города.");
    }

    @Test
    void aTranslationThatBreaksARuleIsNamedAndNothingIsStored() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/staff/translations/context/" + event).with(MONITOR)
                        .with(csrf()).param("lang", "kk")
                        .param("translations[kk].summary", "Аккредиттеу үшін редактордың хаты керек."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#title-kk-error").text()).isNotBlank();
        assertThat(page.select("#summary-kk").text()).isEqualTo("Аккредиттеу үшін редактордың хаты керек.");
        assertThat(jdbc.sql("select translations::text from context_event where id = ?").param(event)
                .query(String.class).single()).isEqualTo("{}");
    }

    @Test
    void aCorrespondentMayNotTranslateAndAnUnknownKindIsNotFound() throws Exception {
        mvc.perform(get("/staff/translations/statement/" + statement)
                .with(user("correspondent.translation.forms").roles("CORRESPONDENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/translations/report/" + statement).with(MONITOR)).andExpect(status().isNotFound());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
