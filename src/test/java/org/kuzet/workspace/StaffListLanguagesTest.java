package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff lists show each title in the staff member's language where it is translated, and otherwise the
 * original with the note the public pages use ("(in Russian only)").
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffListLanguagesTest {

    private static final String ME = "monitor.staff.languages";
    private static final RequestPostProcessor MONITOR = user(ME).roles("MONITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long legalCase;
    private long draft;

    @BeforeEach
    void fixture() {
        legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction, language,
                    translations, assigned_to)
                values ('Иск к редакции «Рудненского вестника»', 'civil', 'first_instance', current_date, 'day',
                    'against_media', 'ru', '{"en": {"title": "Suit against the Rudny Herald", "summary": ""}}'::jsonb,
                    ?) returning id""").param(ME).query(Long.class).single();
        draft = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, language, translations, assigned_to)
                values ('Рудный: журналиста не пустили на сессию маслихата', date '2016-02-05', 'day', 'kz-kostanay',
                    'accreditation_denial', 'draft', 'ru',
                    '{"kk": {"title": "Рудный: журналисті мәслихат сессиясына кіргізбеді"}}'::jsonb, ?) returning id""")
                .param(ME).query(Long.class).single();
    }

    @Test
    void aCaseTitleIsShownTranslatedOrWithItsLanguageNamed() throws Exception {
        Element english = row(page("/staff/cases?lang=en"), "/staff/cases/" + legalCase);
        assertThat(english.select("a").text()).isEqualTo("Suit against the Rudny Herald");
        assertThat(english.select("a").attr("lang")).isEqualTo("en");
        assertThat(english.select(".lang-note")).isEmpty();
        Element kazakh = row(page("/staff/cases?lang=kk"), "/staff/cases/" + legalCase);
        assertThat(kazakh.select("a").text()).isEqualTo("Иск к редакции «Рудненского вестника»");
        assertThat(kazakh.select("a").attr("lang")).isEqualTo("ru");
        assertThat(kazakh.select(".lang-note").text()).isEqualTo("(тек орыс тілінде)");
        Element queued = page("/staff/cases?queue=mine&lang=en").selectFirst("#queue li:has(a[href~=^/staff/cases/"
                + legalCase + "(\\?|$)])");
        assertThat(queued.select("a").text()).isEqualTo("Suit against the Rudny Herald");
    }

    @Test
    void anIncidentInMyQueueIsShownTranslatedOrWithItsLanguageNamed() throws Exception {
        Element kazakh = page("/staff/incidents?queue=mine&lang=kk")
                .selectFirst("#queue li:has(a[href~=^/staff/incidents/" + draft + "(\\?|$)])");
        assertThat(kazakh.select("a").text()).isEqualTo("Рудный: журналисті мәслихат сессиясына кіргізбеді");
        assertThat(kazakh.select(".lang-note")).isEmpty();
        Element english = page("/staff/incidents?queue=mine&lang=en")
                .selectFirst("#queue li:has(a[href~=^/staff/incidents/" + draft + "(\\?|$)])");
        assertThat(english.select("a").text()).isEqualTo("Рудный: журналиста не пустили на сессию маслихата");
        assertThat(english.select("a").attr("lang")).isEqualTo("ru");
        assertThat(english.select(".lang-note").text()).isEqualTo("(in Russian only)");
    }

    private static Element row(Document page, String href) {
        return page.selectFirst("tr:has(a[href~=^" + href + "(\\?|$)])");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
