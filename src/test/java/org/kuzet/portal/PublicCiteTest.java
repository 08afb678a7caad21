package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Public incidents, legal cases and published reports carry a "cite this" line: service, title, date, stable
 * address (a report's names its version), version seen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicCiteTest {

    /** A period of our own, far from any other test's reports. */
    private static final String PERIOD = "2011-07";
    private static final String SHA_ONE = "1f".repeat(32);
    private static final String SHA_TWO = "a7".repeat(32);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long id;

    @BeforeEach
    void fixture() {
        id = incident("Photographer barred from a council session", "published", 3);
    }

    @AfterEach
    void removeReports() {
        jdbc.sql("alter table report_version disable trigger report_version_immutable").update();
        jdbc.sql("delete from report_version where period = ?").param(PERIOD).update();
        jdbc.sql("alter table report_version enable trigger report_version_immutable").update();
    }

    @Test
    void theIncidentPageSaysHowToCiteItInThreeLanguages() throws Exception {
        String address = "http://localhost/incidents/" + id;
        assertThat(html("/incidents/" + id)).contains("Cite this",
                "Kuzet. “Photographer barred from a council session”, 2023-09. " + address + " (version 3, seen ");
        assertThat(html("/incidents/" + id + "?lang=ru")).contains("Как цитировать",
                "Kuzet. «Photographer barred from a council session», 2023-09. " + address + " (версия 3, просмотрено ");
        assertThat(html("/incidents/" + id + "?lang=kk")).contains(address + " (3-нұсқа, ");
    }

    @Test
    void aLegalCaseHasAPublicPageThatSaysHowToCiteItAndItsIncidentLinksToIt() throws Exception {
        long legalCase = legalCase("Photographer v. the council of Taraz", 4, id);
        String address = "http://localhost/cases/" + legalCase;
        String page = html("/cases/" + legalCase);
        assertThat(page).contains("Cite this",
                "Kuzet. “Photographer v. the council of Taraz”, 2023-10. " + address + " (version 4, seen ",
                "Civil", "Appeal", "Civil Code art. 143", "Aigerim Photographer · plaintiff",
                "href=\"/incidents/" + id + "\"", "href=\"/cases/" + legalCase + ".pdf?lang=en\"");
        assertThat(html("/cases/" + legalCase + "?lang=ru")).contains("Как цитировать", "Апелляция",
                "Kuzet. «Photographer v. the council of Taraz», 2023-10. " + address + " (версия 4, просмотрено ");
        assertThat(html("/cases/" + legalCase + "?lang=kk")).contains("Қалай сілтеме жасау керек",
                address + " (4-нұсқа, ");
        assertThat(html("/incidents/" + id)).contains("href=\"/cases/" + legalCase + "\"",
                "Photographer v. the council of Taraz");
    }

    @Test
    void aLegalCaseIsTitledInTheVisitorsLanguageWhenTranslatedAndSaysSoWhenNot() throws Exception {
        long legalCase = legalCase("Journalist v. the akimat of Taraz", 1, id);
        jdbc.sql("""
                update legal_case set language = 'en',
                    translations = '{"ru": {"title": "Журналист против акимата Тараза"}}'::jsonb where id = ?""")
                .param(legalCase).update();
        // the Russian page showed the English original although the case was translated
        org.jsoup.nodes.Document ru = org.jsoup.Jsoup.parse(html("/cases/" + legalCase + "?lang=ru"));
        assertThat(ru.select("h1").text()).isEqualTo("Журналист против акимата Тараза");
        assertThat(ru.select("#cite").text()).contains("«Журналист против акимата Тараза»");
        // no Kazakh translation: the original, said to be in English only
        org.jsoup.nodes.Document kk = org.jsoup.Jsoup.parse(html("/cases/" + legalCase + "?lang=kk"));
        assertThat(kk.select("h1 span[lang=en]").text()).isEqualTo("Journalist v. the akimat of Taraz");
        assertThat(kk.select("h1 .lang-note").text()).isEqualTo("(тек ағылшын тілінде)");
        assertThat(org.kuzet.Pdfs.text(mvc.perform(get("/cases/" + legalCase + ".pdf?lang=ru")).andReturn().getResponse()
                .getContentAsByteArray())).contains("Журналист против акимата Тараза");
        // and so does the incident page's link to it
        org.jsoup.nodes.Document incidentRu = org.jsoup.Jsoup.parse(html("/incidents/" + id + "?lang=ru"));
        assertThat(incidentRu.select("a[href^='/cases/" + legalCase + "?']").text())
                .isEqualTo("Журналист против акимата Тараза");
    }

    @Test
    void aCaseLinkedToAnUnpublishedIncidentHasNoPublicPageNorPrintout() throws Exception {
        long draft = incident("A draft nobody outside may see", "draft", 1);
        long legalCase = legalCase("A case that would give the draft away", 1, id);
        jdbc.sql("insert into legal_case_incident (case_id, incident_id) values (?, ?)").params(legalCase, draft)
                .update();
        mvc.perform(get("/cases/" + legalCase)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + legalCase + ".pdf")).andExpect(status().isNotFound());
        assertThat(html("/incidents/" + id)).doesNotContain("A case that would give the draft away");
    }

    @Test
    void aPublishedReportSaysHowToCiteItsVersion() throws Exception {
        report(1, SHA_ONE, "2024-02-01T09:00:00+05:00");
        report(2, SHA_TWO, "2024-04-05T10:00:00+05:00");
        String address = "http://localhost/reports/" + PERIOD;
        assertThat(html("/reports/" + PERIOD)).contains("2, published on 5 April 2024", SHA_TWO,
                "Kuzet. “Monitoring report, July 2011”, 2024-04-05. " + address + "?version=2 (version 2, seen ");
        assertThat(html("/reports/" + PERIOD + "?lang=ru")).contains(
                "Kuzet. «Отчёт мониторинга, июль 2011», 2024-04-05. " + address + "?version=2 (версия 2, просмотрено ");
        assertThat(html("/reports/" + PERIOD + "?lang=kk")).contains(address + "?version=2 (2-нұсқа, ");
        // an earlier version keeps its own address
        assertThat(html("/reports/" + PERIOD + "?version=1")).contains("1, published on 1 February 2024",
                address + "?version=1 (version 1, ");
    }

    private long incident(String title, String state, int revision) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, revision)
                values (?, 'summary', ?, 'month', 'kz-taraz', 'threats', ?,
                    case when ? = 'published' then now() end, ?) returning id""")
                .params(title, LocalDate.parse("2023-09-01"), state, state, revision).query(Long.class).single();
    }

    private long legalCase(String title, int revision, long incident) {
        long legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, basis, court, opened_on, opened_precision, direction,
                    claimed_kzt, revision)
                values (?, 'civil', 'appeal', 'kz-civ-143', 'Taraz city court', date '2023-10-01', 'month',
                    'brought_by_media', 5000000, ?) returning id""")
                .params(title, revision).query(Long.class).single();
        jdbc.sql("insert into legal_case_party (case_id, position, name, role) values (?, 0, 'Aigerim Photographer', "
                + "'plaintiff')").param(legalCase).update();
        jdbc.sql("insert into legal_case_incident (case_id, incident_id) values (?, ?)").params(legalCase, incident)
                .update();
        return legalCase;
    }

    private void report(int version, String sha, String publishedAt) {
        jdbc.sql("""
                insert into report_version (period, version, figures, markdown_en, markdown_ru, markdown_kk, sha256,
                    published_by, published_at)
                values (?, ?, '{}', '# Monitoring report, July 2011', '# Отчёт мониторинга, июль 2011',
                    '# Мониторинг есебі, 2011 жылғы шілде', ?, 'editor', ?)""")
                .params(PERIOD, version, sha, OffsetDateTime.parse(publishedAt)).update();
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
