package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kuzet.triage.CandidateQueue;
import org.kuzet.triage.PublicReports;
import org.kuzet.triage.StoredCandidate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anyone can tell the service of an incident without an account: the report becomes one candidate of the triage
 * queue, never an incident by itself; the reporter's contact stays with the monitors; refused input stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicReportFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateQueue queue;

    @Autowired
    PublicReports reports;

    @Test
    void theFormIsThereInEveryLanguageWithItsCsrfToken() throws Exception {
        for (String[] lang : new String[][] {{"en", "What happened"}, {"ru", "Что произошло"},
            {"kk", "Не болды"}}) {
            Document form = page(get("/report-an-incident?lang=" + lang[0]), 200);
            assertThat(form.select("label[for=what]").text()).isEqualTo(lang[1]);
            assertThat(form.select("form[method=post] input[name=_csrf]").attr("value")).isNotBlank();
            assertThat(form.select("html").attr("lang")).isEqualTo(lang[0]);
        }
    }

    @Test
    void theMethodologyPageLeadsToTheFormInEveryLanguage() throws Exception {
        for (String[] lang : new String[][] {{"en", "Verification levels"}, {"ru", "Уровни проверки"},
            {"kk", "Тексеру деңгейлері"}}) {
            Document page = page(get("/methodology?lang=" + lang[0]), 200);
            assertThat(page.select("#verification").text()).isEqualTo(lang[1]);
            assertThat(page.select("dl.levels dt")).hasSize(4);
            assertThat(page.select("main a[href^=/report-an-incident]")).isNotEmpty();
            // no contacts configured in the tests: the page says so and points to the form
            assertThat(page.select("dl.contacts")).isEmpty();
        }
    }

    @Test
    void aReportBecomesOneCandidateAndItsContactStaysConfidential() throws Exception {
        long incidentsBefore = count("incident");
        MockHttpServletResponse sent = mvc.perform(report("10.19.0.1").param("lang", "ru")
                .param("what", "Журналиста rptmarkone задержали у здания акимата Уральска после съёмки митинга.")
                .param("when", "12 марта 2024").param("where", "Уральск")
                .param("link", "https://example.org/news/1")
                .param("name", "Айгерим rptsecretname").param("contact", "+7 701 000 rptsecretcontact"))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/report-an-incident/sent?lang=ru");
        assertThat(page(get("/report-an-incident/sent?lang=ru"), 200).select("h1").text()).contains("Спасибо");

        long article = jdbc.sql("select max(article_id) from triage_public_report").query(Long.class).single();
        // what the person wrote is sealed at rest (org.kuzet.crypto), in the article and its candidate alike
        assertThat(jdbc.sql("select title || text from triage_article where id = ?").param(article)
                .query(String.class).single()).doesNotContain("rptmarkone");
        assertThat(jdbc.sql("select passage || why::text || facts::text from triage_candidate where article_id = ?")
                .param(article).query(String.class).single()).doesNotContain("rptmarkone").doesNotContain("Уральск");
        StoredCandidate candidate = queue.find(jdbc.sql("select id from triage_candidate where article_id = ?")
                .param(article).query(Long.class).single()).orElseThrow();
        assertThat(candidate.status()).isEqualTo("new");
        assertThat(candidate.kind()).isEqualTo("incident");
        assertThat(candidate.reasons().getFirst()).isEqualTo("sent through the public report form");
        assertThat(candidate.passage()).contains("rptmarkone").contains("12 марта 2024")
                .doesNotContain("rptsecret");
        assertThat(reports.reporterOf(article).orElseThrow().contact()).isEqualTo("+7 701 000 rptsecretcontact");
        assertThat(reports.reporterOf(article).orElseThrow().pageLanguage()).isEqualTo("ru");
        // never published by itself
        assertThat(count("incident")).isEqualTo(incidentsBefore);

        // a monitor accepts it: a draft whose source is confidential and names the reporter for the staff alone
        long incident = queue.accept(candidate.id(), "monitor-rpt", "2024-03-12");
        String state = jdbc.sql("select workflow_state from incident where id = ?").param(incident)
                .query(String.class).single();
        assertThat(state).isEqualTo("draft");
        long source = jdbc.sql("select source_id from incident_source where incident_id = ?").param(incident)
                .query(Long.class).single();
        assertThat(jdbc.sql("select confidential from source where id = ?").param(source).query(Boolean.class)
                .single()).isTrue();
        // sealed at rest (org.kuzet.crypto), opened for monitors
        assertThat(jdbc.sql("select correspondent from source where id = ?").param(source).query(String.class)
                .single()).startsWith("kzc1:").doesNotContain("rptsecret");
        assertThat(mvc.perform(get("/api/v1/sources/" + source).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.user("monitor-rpt").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("rptsecretcontact");
        assertThat(mvc.perform(get("/api/v1/sources/" + source)).andReturn().getResponse().getStatus())
                .as("the public does not see the source").isEqualTo(404);
        for (String path : new String[] {"/incidents?q=rptmarkone", "/incidents.json", "/feed.atom",
            "/api/v1/search?q=rptmarkone", "/staff/triage/" + candidate.id()}) {
            String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).doesNotContain("rptsecret");
        }
        // the monitors' page of the candidate shows who sent it
        String staffPage = mvc.perform(get("/staff/triage/" + candidate.id())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("monitor-rpt").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage).contains("+7 701 000 rptsecretcontact").contains("Айгерим rptsecretname");
    }

    @Test
    void refusedInputIsNamedBesideItsFieldInTheVisitorsLanguageAndStoresNothing() throws Exception {
        long articles = count("triage_article");
        long candidates = count("triage_candidate");
        Document refused = page(report("10.19.0.2").param("lang", "ru").param("what", "   ")
                .param("link", "example.org/news").param("name", "x".repeat(201)).param("contact", "rptkeptcontact"),
                422);
        assertThat(refused.select("#what-error").text()).isEqualTo("Опишите, что произошло.");
        assertThat(refused.select("#link-error").text()).contains("http://");
        assertThat(refused.select("#name-error").text()).contains("200");
        assertThat(refused.select("#when-error")).isEmpty();
        assertThat(refused.select("#what").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#what").attr("aria-describedby")).contains("what-error");
        // what the person typed is given back, so that they correct rather than retype it
        assertThat(refused.select("#contact").attr("value")).isEqualTo("rptkeptcontact");
        assertThat(refused.select("#link").attr("value")).isEqualTo("example.org/news");
        assertThat(count("triage_article")).isEqualTo(articles);
        assertThat(count("triage_candidate")).isEqualTo(candidates);

        // without the form's CSRF token nothing is taken either
        MockHttpServletResponse forged = mvc.perform(post("/report-an-incident").param("what", "Forged rptforged")
                .with(from("10.19.0.3"))).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(count("triage_article")).isEqualTo(articles);
    }

    private MockHttpServletRequestBuilder report(String address) {
        return post("/report-an-incident").with(csrf()).with(from(address));
    }

    /** The request as if sent from this address (each test its own, so that no other test's budget is spent). */
    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
