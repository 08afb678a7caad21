package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.core.Today;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Opening and editing a legal case on the staff pages, with its own cases (titles made unique per run): the form
 * answers at /staff/cases/new, names every bad field at once in the reader's language, stores money as whole
 * tenge, takes a hearing set ahead but no judgment ahead, and keeps a year-only date a year.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseFormPagesTest {

    private static final RequestPostProcessor MONITOR = user("monitor.case-form").roles("MONITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final String title = "Akimat v. Uralskaya Nedelya " + UUID.randomUUID();

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(MONITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder newCase() {
        return post("/staff/cases").with(csrf()).param("title", title).param("kind", "civil")
                .param("direction", "against_media").param("basis", "kz-civ-143").param("court", "Oral city court")
                .param("openedOn", "2025").param("claimed", "78 100 000")
                .param("parties[0].name", "Akimat of Oral").param("parties[0].role", "plaintiff")
                .param("parties[1].name", "Uralskaya Nedelya").param("parties[1].role", "defendant");
    }

    private long stored() {
        return jdbc.sql("select id from legal_case where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void theNewCaseAddressAnswersAFormWithArticlesByName() throws Exception {
        String form = page(get("/staff/cases/new").param("lang", "ru"));
        assertThat(form).contains("Новое судебное дело")
                .contains("ст. 143 ГК РК (защита чести, достоинства и деловой репутации)")
                .contains("name=\"parties[1].name\"");
    }

    @Test
    void everyBadFieldIsNamedAtOnceBesideItselfAndNothingIsStored() throws Exception {
        String future = LocalDate.now(Today.CLOCK).plusYears(1).getYear() + "-01-05";
        String form = page(post("/staff/cases").with(csrf()).param("lang", "ru").param("title", " ")
                .param("kind", "criminal").param("direction", "against_media").param("basis", "kz-civ-143")
                .param("openedOn", future).param("claimed", "много").param("awarded", "-5"));
        assertThat(form).contains("id=\"title-error\">Заполните это поле.")
                .contains("id=\"openedOn-error\">" + future + " ещё не наступило: дело записывается")
                .contains("id=\"basis-error\">Эта статья относится к другому виду дел")
                .contains("id=\"claimed-error\">")
                .contains("id=\"awarded-error\">Не может быть отрицательным.");
        assertThat(form.split("aria-invalid=\"true\"", -1)).hasSize(6);
        assertThat(jdbc.sql("select count(*) from legal_case where basis = 'kz-civ-143' and kind = 'criminal'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCaseIsOpenedWithItsPartiesAndMoneyAndEditedAtTheVersionItWasRead() throws Exception {
        mvc.perform(newCase().with(MONITOR)).andExpect(status().is3xxRedirection());
        long id = stored();
        assertThat(jdbc.sql("select claimed_kzt from legal_case where id = ?").param(id).query(Long.class).single())
                .isEqualTo(78_100_000L);
        assertThat(jdbc.sql("select name || ':' || role from legal_case_party where case_id = ? order by position")
                .param(id).query(String.class).list())
                .containsExactly("Akimat of Oral:plaintiff", "Uralskaya Nedelya:defendant");

        String edit = page(get("/staff/cases/" + id + "/edit"));
        assertThat(edit).contains("value=\"2025\"").doesNotContain("2025-01-01");
        mvc.perform(post("/staff/cases/" + id + "/edit").with(csrf()).with(MONITOR).param("revision", "1")
                        .param("title", title).param("kind", "civil").param("direction", "against_media")
                        .param("basis", "kz-civ-143").param("openedOn", "2025").param("collected", "935993")
                        .param("parties[0].name", "Akimat of Oral").param("parties[0].role", "plaintiff"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select collected_kzt from legal_case where id = ?").param(id).query(Long.class).single())
                .isEqualTo(935_993L);
        String stale = page(post("/staff/cases/" + id + "/edit").with(csrf()).param("revision", "1")
                .param("title", title + " (stale)").param("kind", "civil").param("direction", "against_media")
                .param("openedOn", "2025"));
        assertThat(stale).contains("Someone changed this case while you were editing it");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'legal_case' and entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void aPartyRowIsAddedAndRemovedWithoutSaving() throws Exception {
        String form = page(newCase().param("action", "addParty"));
        assertThat(form).contains("name=\"parties[2].name\"");
        form = page(newCase().param("action", "removeParty:0"));
        assertThat(form).doesNotContain("name=\"parties[1].name\"").contains("value=\"Uralskaya Nedelya\"");
        assertThat(jdbc.sql("select count(*) from legal_case where title = ?").param(title).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aHearingSetAheadIsKeptAndComingUpButAJudgmentAheadIsRefusedInCaseWords() throws Exception {
        mvc.perform(newCase().with(MONITOR)).andExpect(status().is3xxRedirection());
        long id = stored();
        String ahead = LocalDate.now(Today.CLOCK).plusDays(12).toString();
        mvc.perform(post("/staff/cases/" + id + "/events").with(csrf()).with(MONITOR).param("kind", "hearing")
                .param("date", ahead).param("favour", "unknown").param("note", "Hearing on the merits"))
                .andExpect(status().is3xxRedirection());
        String refused = page(post("/staff/cases/" + id + "/events").with(csrf()).param("lang", "kk")
                .param("kind", "judgment").param("date", ahead).param("favour", "yes"));
        assertThat(refused).contains("әлі келген жоқ: алдын ала тек сот отырысын немесе мерзімді енгізуге болады")
                .doesNotContain("болашақ күн: оқиға");
        assertThat(page(get("/staff"))).contains(title).contains(ahead);
    }

    @Test
    void anIncidentIsPickedByItsTitleAndLinked() throws Exception {
        mvc.perform(newCase().with(MONITOR)).andExpect(status().is3xxRedirection());
        long id = stored();
        String incidentTitle = "Uralskaya Nedelya reporters kept out of a hearing " + UUID.randomUUID();
        long incident = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state)
                values (?, date '2025-02-11', 'day', 'kz-oral', 'judicial_transparency_violation', 'draft')
                returning id""").param(incidentTitle).query(Long.class).single();
        String options = page(get("/staff/incidents/suggest").param("incident", "nedelya REPORTERS kept"));
        String label = "#" + incident + " · 2025-02-11 · " + incidentTitle;
        assertThat(options).contains("value=\"" + label + "\"");

        mvc.perform(post("/staff/cases/" + id + "/incidents").with(csrf()).with(MONITOR).param("incident", label))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select incident_id from legal_case_incident where case_id = ?").param(id)
                .query(Long.class).list()).containsExactly(incident);
        String shown = page(get("/staff/cases/" + id));
        assertThat(shown).contains(incidentTitle).contains("Civil Code art. 143 (protection of honour");
        assertThat(page(get("/staff/cases"))).contains("<td>2025</td>").doesNotContain("2025-01-01");
    }
}
