package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff's incident page: a source is archived (its text kept with its SHA-256) and added from the page, a bad
 * address is named beside its field and stores nothing, an edit keeps the sources and related incidents, and the
 * page shows the official replies and the legal cases of the incident.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncidentPageSourcesTest {

    private static final RequestPostProcessor MONITOR = user("monitor.sources").roles("MONITOR");
    private static final String TEXT = "The akimat refused to answer the newspaper's request about the budget.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long incident;
    long other;
    /** The source's address and text, unique to the test: the door would take another test's source for this one. */
    String url;
    String text;

    @BeforeEach
    void fixture() throws Exception {
        url = "https://example.kz/news/" + org.kuzet.TestData.unique("budget");
        text = TEXT + " " + org.kuzet.TestData.unique("Filed");
        other = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state)
                values ('Earlier refusal by the same akimat', date '2024-01-10', 'day', 'kz-pavlodar',
                    'refusal_of_information', 'published') returning id""").query(Long.class).single();
        String location = mvc.perform(post("/staff/incidents").with(MONITOR).with(csrf())
                        .param("title", "Akimat refused to give budget figures")
                        .param("date", "2024-03-04").param("place", "kz-pavlodar")
                        .param("primaryCategory", "refusal_of_information").param("verification", "confirmed")
                        .param("independentSources", "1").param("linkedIncidents", String.valueOf(other)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        incident = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aSourceIsArchivedWithItsFingerprintAndAddedToTheIncident() throws Exception {
        mvc.perform(addSource(url, text)).andExpect(status().is3xxRedirection());
        List<String> hashes = jdbc.sql("select s.sha256 from incident_source x join source s on s.id = x.source_id "
                + "where x.incident_id = ?").param(incident).query(String.class).list();
        assertThat(hashes).containsExactly(sha256(text));
        assertThat(jdbc.sql("select count(*) from source where url = ? and retrieved_at > now() - interval '1 hour'")
                .param(url).query(Long.class).single()).as("the time of archiving").isEqualTo(1);
        assertThat(page("/staff/incidents/" + incident)).contains("Budget request left unanswered", "SHA-256 "
                + sha256(text).substring(0, 12));
        assertThat(page("/staff/incidents/" + incident)).contains("Related incidents",
                "href=\"/staff/incidents/" + other + "\"");
        assertThat(jdbc.sql("select count(*) from incident_link where incident_id = ? or linked_incident_id = ?")
                .params(incident, incident).query(Long.class).single()).as("the related incident").isPositive();
    }

    @Test
    void aBadAddressIsNamedBesideItsFieldAndNothingIsStored() throws Exception {
        long sources = jdbc.sql("select count(*) from source").query(Long.class).single();
        String page = mvc.perform(addSource("not an address", text)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"source-url-error\"", "aria-invalid=\"true\"", "not an address");
        assertThat(jdbc.sql("select count(*) from source where sha256 = ?").param(sha256(text)).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from incident_source where incident_id = ?").param(incident)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sources);
    }

    @Test
    void aControlCharacterInAFormFieldIsNamedBesideTheFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from incident").query(Long.class).single();
        String page = mvc.perform(post("/staff/incidents?lang=ru").with(MONITOR).with(csrf())
                        .param("title", "Угрозы\u0000 редакции").param("date", "2024-01-15")
                        .param("place", "kz-almaty")
                        .param("primaryCategory", "threats"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("управляющий символ");
        assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aWrongFieldIsExplainedInTheLanguageOfThePage() throws Exception {
        String page = mvc.perform(post("/staff/incidents?lang=ru").with(MONITOR).with(csrf())
                        .param("title", "Угрозы редакции").param("date", "2099-01-15")
                        .param("primaryCategory", "threats"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2099-01-15 — дата в будущем").doesNotContain("is in the future");
        String number = mvc.perform(post("/staff/incidents?lang=ru").with(MONITOR).with(csrf())
                        .param("title", "Угрозы редакции").param("date", "2024-01-15")
                        .param("primaryCategory", "threats").param("peopleAffected", "много"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(number).contains("Введите целое число (а не много)");
        String kk = mvc.perform(addSource("not an address", text).param("lang", "kk")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kk).contains("http:// немесе https:// деп басталатын мекенжай жазыңыз (not an address емес)");
    }

    @Test
    void anEditKeepsTheSourcesAndTheRelatedIncidents() throws Exception {
        mvc.perform(addSource(url, text)).andExpect(status().is3xxRedirection());
        String form = page("/staff/incidents/" + incident + "/edit");
        assertThat(form).contains("Budget request left unanswered", "name=\"sources\"",
                "value=\"" + other + "\"");
        long source = jdbc.sql("select source_id from incident_source where incident_id = ?").param(incident)
                .query(Long.class).single();
        int revision = jdbc.sql("select revision from incident where id = ?").param(incident).query(Integer.class)
                .single();
        mvc.perform(post("/staff/incidents/" + incident).with(MONITOR).with(csrf())
                        .param("title", "Akimat refused to give budget figures (edited)")
                        .param("date", "2024-03-04").param("place", "kz-pavlodar")
                        .param("primaryCategory", "refusal_of_information").param("verification", "confirmed")
                        .param("independentSources", "1").param("revision", String.valueOf(revision))
                        .param("sources", String.valueOf(source)).param("linkedIncidents", String.valueOf(other)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select source_id from incident_source where incident_id = ?").param(incident)
                .query(Long.class).list()).containsExactly(source);
    }

    @Test
    void anOfficialReplyIsRecordedFromThePageAndAMissingSummaryIsNamed() throws Exception {
        mvc.perform(post("/staff/incidents/" + incident + "/replies").with(MONITOR).with(csrf())
                        .param("speakerName", "Akimat press office").param("speakerRole", "spokesperson")
                        .param("date", "2024-03-06").param("stance", "rebuttal")
                        .param("summary", "The figures are on the open budget portal."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select s.speaker_name from statement_incident x join statement s on s.id = x.statement_id "
                + "where x.incident_id = ?").param(incident).query(String.class).list())
                .containsExactly("Akimat press office");
        String page = mvc.perform(post("/staff/incidents/" + incident + "/replies").with(MONITOR).with(csrf())
                        .param("speakerName", "Police").param("date", "2024-03-07").param("stance", "statement"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Please fill this in.");
        assertThat(jdbc.sql("select count(*) from statement_incident where incident_id = ?").param(incident)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from statement where speaker_name = 'Police' and made_on = date '2024-03-07'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePageShowsTheRepliesAndTheLegalCases() throws Exception {
        long statement = jdbc.sql("""
                insert into statement (speaker_name, speaker_role, made_on, date_precision, stance, summary)
                values ('Akimat press office', 'spokesperson', date '2024-03-06', 'day', 'rebuttal',
                    'The figures are published on the open budget portal.') returning id""").query(Long.class).single();
        jdbc.sql("insert into statement_incident values (?, ?)").params(statement, incident).update();
        long legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction, claimed_kzt)
                values ('Newspaper sues the akimat for the figures', 'administrative', 'first_instance',
                    date '2024-04-01', 'day', 'brought_by_media', 1500000) returning id""").query(Long.class).single();
        jdbc.sql("insert into legal_case_incident values (?, ?)").params(legalCase, incident).update();
        assertThat(page("/staff/incidents/" + incident)).contains("Akimat press office",
                "The figures are published on the open budget portal.", "Rebuttal",
                "Newspaper sues the akimat for the figures", "/staff/cases/" + legalCase, "1 500 000 ₸");
        assertThat(page("/staff/incidents/" + incident + "?lang=kk")).contains("Дереккөз қосу");
    }

    private MockHttpServletRequestBuilder addSource(String url, String text) {
        return post("/staff/incidents/" + incident + "/sources").with(MONITOR).with(csrf())
                .param("kind", "media_article").param("title", "Budget request left unanswered")
                .param("url", url).param("outletName", "Pavlodar News").param("publishedOn", "2024-03-05")
                .param("archivedText", text);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
