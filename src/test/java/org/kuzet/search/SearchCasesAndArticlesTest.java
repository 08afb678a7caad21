package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Legal cases and the news articles triage read are documents too. A case is public unless it is linked to an
 * incident that is not published; an article is staff's working material and never public.
 */
@SpringBootTest(properties = "kuzet.test.world=search-cases")
class SearchCasesAndArticlesTest {

    static final String ARTICLE_MARKER = "zzqarticle";

    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;
    long publicCase;
    long caseOfDraft;
    long article;

    @BeforeEach
    void world() {
        SearchFixture f = SearchFixture.empty(jdbc);
        if (jdbc.sql("select count(*) from legal_case where external_id = 'sc-1'").query(Long.class).single() == 0) {
            long published = f.incident("sc-i1", "Иск к редакции", "Иск.", LocalDate.of(2024, 5, 2), "day",
                    "kz-almaty", "civil_claims", "confirmed", "published", null, null);
            long draft = f.incident("sc-i2", "Черновик", "Текст.", LocalDate.of(2024, 6, 2), "day", "kz-almaty",
                    "criminal_pretrial", "unverified", "draft", null, null);
            long one = legalCase("sc-1", "Иск о защите чести к газете Уральская неделя", LocalDate.of(2024, 5, 10),
                    "month");
            party(one, 0, "Лукпан Ахмедьяров", "defendant");
            event(one, 0, LocalDate.of(2024, 5, 10), "filed", "Истец требует опровержения публикации");
            link(one, published);
            long two = legalCase("sc-2", "Уголовное дело о распространении ложной информации", LocalDate.of(2024, 6, 3),
                    "day");
            party(two, 0, "Сержан Тлеубаев", "accused");
            link(two, draft);
            jdbc.sql("""
                    insert into triage_article (url, outlet, title, fetched_at, language, text, sha256)
                    values ('https://example.kz/a1', 'Vlast.kz', 'Журналиста вызвали на допрос', '2024-07-01T10:00:00Z',
                            'ru', ?, repeat('a', 64))""")
                    .param("Журналиста Ахмедьярова вызвали на допрос. " + ARTICLE_MARKER).update();
        }
        publicCase = jdbc.sql("select id from legal_case where external_id = 'sc-1'").query(Long.class).single();
        caseOfDraft = jdbc.sql("select id from legal_case where external_id = 'sc-2'").query(Long.class).single();
        article = jdbc.sql("select id from triage_article where url = 'https://example.kz/a1'").query(Long.class).single();
    }

    @Test
    void aPublicCaseIsFoundByItsPartyInAnySpellingAndByItsEvents() {
        for (String text : new String[] {"Akhmedyarov", "Ахмедьяров", "опровержения", "\"Уральская неделя\""}) {
            SearchResults results = index.search(SearchRequest.of(text, Viewer.PUBLIC).with(Facet.TYPE, "legal_case"));
            assertThat(SearchMatchingTest.ids(results, "legal_case")).as(text).containsExactly(publicCase);
        }
        SearchResults byYear = index.search(SearchRequest.of("", Viewer.PUBLIC).with(Facet.TYPE, "legal_case"));
        assertThat(byYear.facets().get("year")).containsOnly(entry("2024", 1L));
        assertThat(byYear.facets().get("month")).containsOnly(entry("5", 1L));
    }

    @Test
    void aCaseLinkedToADraftIncidentIsFoundByStaffOnly() {
        assertThat(index.search(SearchRequest.of("Tleubayev", Viewer.PUBLIC)).total()).isZero();
        assertThat(index.search(SearchRequest.of("Tleubaiev", Viewer.PUBLIC)).suggestions()).isEmpty();
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of("Tleubayev", SearchFixture.MONITOR)), "legal_case"))
                .containsExactly(caseOfDraft);
    }

    @Test
    void aNewsArticleIsFoundByStaffAndNeverByThePublic() {
        SearchResults staff = index.search(SearchRequest.of("допрос", SearchFixture.MONITOR).with(Facet.TYPE, "article"));
        assertThat(SearchMatchingTest.ids(staff, "article")).containsExactly(article);
        assertThat(staff.hits().getFirst().highlight()).contains("<mark>допрос</mark>");
        assertThat(staff.facets().get("outlet")).containsOnly(entry("Vlast.kz", 1L));

        for (String text : new String[] {ARTICLE_MARKER, "допрос", ""}) {
            SearchResults results = index.search(SearchRequest.of(text, Viewer.PUBLIC).page(0, 100));
            assertThat(results.hits()).as(text).noneMatch(h -> h.type().equals("article"));
            assertThat(results.facets().get("type")).as(text).doesNotContainKey("article");
            assertThat(results.hits()).as(text).allSatisfy(h -> assertThat(h.highlight()).doesNotContain("zzq"));
        }
        assertThat(index.search(SearchRequest.of(ARTICLE_MARKER, Viewer.PUBLIC)).total()).isZero();
    }

    @Test
    void anArticleEditedOrDeletedFollows() {
        long id = jdbc.sql("""
                insert into triage_article (outlet, title, fetched_at, language, text, sha256)
                values ('', 'Блокировка сайта', now(), 'ru', 'Сайт Zhaiyk Press заблокирован', repeat('b', 64))
                returning id""").query(Long.class).single();
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of("Zhaiyk", SearchFixture.MONITOR)), "article"))
                .containsExactly(id);
        jdbc.sql("delete from triage_article where id = ?").param(id).update();
        assertThat(index.search(SearchRequest.of("Zhaiyk", SearchFixture.MONITOR)).total()).isZero();
    }

    private long legalCase(String externalId, String title, LocalDate opened, String precision) {
        return jdbc.sql("""
                insert into legal_case (external_id, title, kind, stage, opened_on, opened_precision, direction)
                values (?, ?, 'civil', 'first_instance', ?, ?, 'against_media') returning id""")
                .params(externalId, title, opened, precision).query(Long.class).single();
    }

    private void party(long legalCase, int position, String name, String role) {
        jdbc.sql("insert into legal_case_party (case_id, position, name, role) values (?, ?, ?, ?)")
                .params(legalCase, position, name, role).update();
    }

    private void event(long legalCase, int position, LocalDate date, String kind, String description) {
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description)
                values (?, ?, ?, 'day', ?, ?)""").params(legalCase, position, date, kind, description).update();
    }

    private void link(long legalCase, long incident) {
        jdbc.sql("insert into legal_case_incident (case_id, incident_id) values (?, ?)").params(legalCase, incident).update();
    }
}
