package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.search.SearchFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff's one search box: every kind of record the reader may read, counted by kind, each hit opening where
 * the reader works with it; a correspondent finds what the public finds (and their own), never the desk's material.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffSearchPageTest {

    static final String MARK = "zzqstaffsearch";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    long published;
    long draft;
    long legalCase;
    long article;

    @BeforeEach
    void records() {
        if (jdbc.sql("select count(*) from incident where external_id = 'ss-1'").query(Long.class).single() == 0) {
            SearchFixture f = SearchFixture.empty(jdbc);
            f.incident("ss-1", "Редактор получил угрозы " + MARK, "Угрозы редактору.", LocalDate.of(2024, 4, 2),
                    "day", "kz-almaty", "threats", "confirmed", "published", null, null);
            f.incident("ss-2", "Черновик о блогере " + MARK, "Текст.", LocalDate.of(2024, 5, 2), "day",
                    "kz-almaty", "threats", "unverified", "draft", null, null);
            jdbc.sql("""
                    insert into legal_case (external_id, title, kind, stage, opened_on, opened_precision, direction)
                    values ('ss-c', ?, 'civil', 'first_instance', '2024-06-01', 'day', 'against_media')""")
                    .param("Иск к газете " + MARK).update();
            jdbc.sql("""
                    insert into triage_article (url, outlet, title, fetched_at, language, text, sha256)
                    values ('https://example.kz/ss', 'Vlast.kz', 'Статья', now(), 'ru', ?, repeat('c', 64))""")
                    .param("Журналиста вызвали на допрос. " + MARK).update();
        }
        published = id("select id from incident where external_id = 'ss-1'");
        draft = id("select id from incident where external_id = 'ss-2'");
        legalCase = id("select id from legal_case where external_id = 'ss-c'");
        article = id("select id from triage_article where url = 'https://example.kz/ss'");
    }

    @Test
    void aMonitorFindsEveryKindAndEachHitOpensItsStaffPage() throws Exception {
        Document page = page("MONITOR", "ru", "");
        assertThat(page.select("h1").text()).isEqualTo("Поиск по записям");
        assertThat(page.select("#types a").eachText())
                .contains("Все", "Нарушения (2)", "Судебные дела (1)", "Статьи из разбора (1)");
        assertThat(page.select("#total").text()).isEqualTo("Найдено 4 записи");
        List<String> links = page.select("#hits a").eachAttr("href");
        assertThat(links).contains("/staff/incidents/" + published + "?lang=ru", "/staff/incidents/" + draft + "?lang=ru",
                "/staff/cases/" + legalCase + "?lang=ru");
        opens(links, "MONITOR");
        // an article nobody has made a candidate of yet has no page to open: it is listed, not linked
        assertThat(page.select("#hits li").eachText()).anyMatch(t -> t.startsWith("Статьи из разбора Статья"));
        assertThat(page.select("#hits mark").eachText()).contains(MARK);

        Document cases = page("MONITOR", "kk", "legal_case");
        assertThat(cases.select("#hits li")).hasSize(1);
        assertThat(cases.select("#total").text()).isEqualTo("1 жазба табылды");
        assertThat(cases.select("#types a[aria-current=page]").text()).isEqualTo("Сот істері (1)");
    }

    @Test
    void aCorrespondentFindsOnlyWhatThePublicMayReadAndOpensThePublicCasePage() throws Exception {
        Document page = page("CORRESPONDENT", "en", "");
        List<String> links = page.select("#hits a").eachAttr("href");
        assertThat(links).contains("/staff/incidents/" + published + "?lang=en", "/cases/" + legalCase + "?lang=en")
                .noneMatch(l -> l.contains("/staff/incidents/" + draft + "?"));
        assertThat(page.select("#types a").eachText()).noneMatch(t -> t.startsWith("Triaged articles"));
        assertThat(page.select("#total").text()).isEqualTo("2 records found");
        opens(links, "CORRESPONDENT");
    }

    /** Every hit the page links opens for the reader it was shown to. */
    private void opens(List<String> links, String role) throws Exception {
        for (String link : links) {
            assertThat(mvc.perform(get(link).with(user("ss-" + role.toLowerCase()).roles(role))).andReturn()
                    .getResponse().getStatus()).as(role + " opens " + link).isEqualTo(200);
        }
    }

    @Test
    void thePagerKeepsTheWordsAndTheKind() throws Exception {
        for (int i = 0; i < 21; i++) {
            jdbc.sql("""
                    insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                        primary_category, workflow_state)
                    values (?, ?, 'x', '2024-01-01', 'day', 'kz-almaty', 'threats', 'published')
                    on conflict do nothing""").params("ss-p" + i, "Пейджер " + MARK + "p & co " + i).update();
        }
        String html = mvc.perform(get("/staff/search").param("q", MARK + "p & co").param("type", "incident")
                        .param("lang", "ru").with(user("ss-mon").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#hits li")).hasSize(20);
        assertThat(page.select("nav.pager a").attr("href"))
                .isEqualTo("/staff/search?page=1&q=" + MARK + "p%20%26%20co&type=incident&lang=ru");
    }

    @Test
    void anEmptyQuestionShowsTheBoxAlone() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/staff/search").param("lang", "kk")
                .with(user("ss-mon").roles("MONITOR"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("label[for=search-q]").text()).isEqualTo("Сөздер, есімдер, жерлер");
        assertThat(page.select("#hits")).isEmpty();
    }

    private Document page(String role, String lang, String type) throws Exception {
        String html = mvc.perform(get("/staff/search").param("q", MARK).param("type", type).param("lang", lang)
                        .with(user("ss-" + role.toLowerCase()).roles(role)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
