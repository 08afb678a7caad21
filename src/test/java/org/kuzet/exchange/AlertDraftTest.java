package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The draft alert of a published incident: in English and Russian, in the IFEX members' parts, with the Council of
 * Europe platform's category and source of threat; never a victim's contact, a confidential note, a hidden source or
 * a correspondent's report; for monitors and up, and only of a published incident.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AlertDraftTest {

    private static final String SECRET = "alertsecret4471";
    private static final RequestPostProcessor EDITOR = user("alert-editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long published;
    private long draft;

    @BeforeEach
    void fixture() {
        published = incident("alert-test/published", "Editor of a Kostanay weekly threatened by an official",
                "published", SECRET + " note");
        draft = incident("alert-test/draft", "Not yet checked", "draft", null);
        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind, role, gender, contact) "
                + "values (?, 0, 'Aliya Editor', 'journalist', 'editor-in-chief', 'female', ?)")
                .params(published, SECRET + " +7 700").update();
        jdbc.sql("insert into incident_perpetrator (incident_id, position, name, perpetrator_type) values "
                + "(?, 0, 'Deputy akim of Kostanay', 'official')").param(published).update();
        source("alert-test/open", "media_article", "https://news.example/aliya-threatened", false);
        source("alert-test/hidden", "media_article", "https://hidden.example/" + SECRET, true);
        source("alert-test/report", "correspondent_report", "https://corr.example/" + SECRET, true);
    }

    @AfterEach
    void remove() {
        jdbc.sql("delete from incident where external_id like 'alert-test/%'").update();
        jdbc.sql("delete from source where external_id like 'alert-test/%'").update();
    }

    @Test
    void anEditorGetsTheDraftInEnglishAndRussianWithThePlatformsCategory() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/staff/incidents/" + published + "/alert").with(EDITOR))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        String html = answer.getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        String english = page.getElementById("alert-text-en").text();
        String russian = page.getElementById("alert-text-ru").text();
        assertThat(english).contains("When and where", "2024-03-05, Kostanay", "The violation", "Threats",
                "The victim", "Aliya Editor (Journalist, editor-in-chief)", "The violating party",
                "Deputy akim of Kostanay", "Probable motive and link to expression", "Sources",
                "https://news.example/aliya-threatened", "/incidents/" + published);
        assertThat(russian).contains("Когда и где", "Костанай", "Нарушение", "Пострадавший", "Нарушитель",
                "Вероятный мотив", "Источники", "Переводит редактор");
        assertThat(page.getElementById("coe").nextElementSibling().text())
                .contains("Harassment and intimidation of journalists", "State");
        assertThat(html).doesNotContain(SECRET);
    }

    @Test
    void theStaffPageOfAPublishedIncidentLinksToItsAlert() throws Exception {
        String html = mvc.perform(get("/staff/incidents/" + published).with(EDITOR)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("a[href$=/staff/incidents/" + published + "/alert]")).hasSize(1);
    }

    @Test
    void aDraftHasNoAlertAndACorrespondentGetsNone() throws Exception {
        assertThat(mvc.perform(get("/staff/incidents/" + draft + "/alert").with(EDITOR)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/staff/incidents/" + published + "/alert")
                .with(user("alert-correspondent").roles("CORRESPONDENT"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private long incident(String externalId, String title, String state, String notes) {
        return jdbc.sql("""
                        insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                              primary_category, verification, independent_sources, workflow_state,
                                              confidential_notes, created_by, published_at, published_by)
                        values (?, ?, 'An official phoned the editor and threatened her over an article.',
                                date '2024-03-05', 'day', 'kz-kostanay', 'threats', 'confirmed', 1, ?, ?,
                                'alert-monitor', case when ? = 'published' then now() end,
                                case when ? = 'published' then 'alert-other-editor' end)
                        returning id""")
                .params(externalId, title, state, notes, state, state).query(Long.class).single();
    }

    private void source(String externalId, String kind, String url, boolean confidential) {
        long id = jdbc.sql("insert into source (external_id, kind, title, url, confidential) values (?, ?, ?, ?, ?) "
                + "returning id").params(externalId, kind, "Article " + externalId, url, confidential)
                .query(Long.class).single();
        jdbc.sql("insert into incident_source values (?, ?)").params(published, id).update();
    }
}
