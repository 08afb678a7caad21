package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishing freezes a report; later changes to the data show as a difference; a correction is version 2 and
 * version 1 stays as it was. Works on May 2022, a month of its own.
 */
@SeedFiguresDatabase
class ReportPublishingTest {

    private static final String PASSWORD = "publishing password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void accounts() {
        SeedFixtures.load(jdbc);
        if (!accounts.exists("report-editor")) {
            accounts.create("report-editor", "Report editor", PASSWORD, Role.EDITOR);
            accounts.create("report-monitor2", "Report monitor", PASSWORD, Role.MONITOR);
        }
    }

    private RequestPostProcessor editor() {
        return httpBasic("report-editor", PASSWORD);
    }

    private JsonNode figures(String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/reports/2022-05.json" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void publishChangeDiffCorrect() throws Exception {
        Fixtures fx = new Fixtures(jdbc);
        fx.published("2022-05-04", "refusal_of_information", "kz-pavlodar", "Akimat refused to give budget figures");
        mvc.perform(get("/api/v1/reports/2022-05.md")).andExpect(status().isNotFound());
        mvc.perform(get("/reports/2022-05")).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/reports/2022-05/publish").with(httpBasic("report-monitor2", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/2022-05/publish").with(editor()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"May report\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.published_by").value("report-editor"))
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));

        // the public reads the published version
        mvc.perform(get("/api/v1/reports/2022-05.md").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Право на получение и распространение информации — 1 сообщение")));
        mvc.perform(get("/reports/2022-05").param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2022 жылғы мамыр")));
        assertThat(figures("").get("figures").get("incidents.access_to_information").longValue()).isEqualTo(1);

        // publishing again with nothing changed corrects nothing
        mvc.perform(post("/api/v1/reports/2022-05/publish").with(editor())).andExpect(status().isConflict());

        // the data changes: a second refusal in May, and a civil claim opened in May
        fx.published("2022-05-18", "refusal_of_information", "kz-pavlodar", "Police refused to name the officers");
        fx.against("2022-05-20", "civil", "kz-civ-143", true, 10_000_000L);
        assertThat(figures("").get("figures").get("incidents.access_to_information").longValue())
                .as("the published version does not move").isEqualTo(1);
        mvc.perform(get("/api/v1/reports/2022-05/diff").param("lang", "en").with(editor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published_version").value(1))
                .andExpect(jsonPath("$.figures[?(@.figure == 'incidents.access_to_information')].published").value(1))
                .andExpect(jsonPath("$.figures[?(@.figure == 'incidents.access_to_information')].now").value(2))
                .andExpect(jsonPath("$.figures[?(@.figure == 'cases.new.civil')].now").value(1))
                .andExpect(jsonPath("$.added[*]", org.hamcrest.Matchers.hasItem(
                        containsString("Police refused to name the officers"))))
                .andExpect(jsonPath("$.removed[*]", org.hamcrest.Matchers.hasItem(
                        containsString("The right to receive and disseminate information: 1 report"))));
        mvc.perform(get("/api/v1/reports/2022-05/diff")).andExpect(status().isUnauthorized());
        // the staff pages use the login form; here the editor is already logged in
        mvc.perform(get("/staff/reports/2022-05").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("report-editor").roles("EDITOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Changed since published version 1")))
                .andExpect(content().string(containsString("incidents.access_to_information: 1 → 2")));

        // the correction is version 2; version 1 stays
        mvc.perform(post("/api/v1/reports/2022-05/publish").with(editor())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/reports/2022-05/versions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version").value(org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$[0].note").value("May report"));
        assertThat(figures("").get("figures").get("incidents.access_to_information").longValue()).isEqualTo(2);
        assertThat(figures("").get("version").intValue()).isEqualTo(2);
        assertThat(figures("?version=1").get("figures").get("incidents.access_to_information").longValue()).isEqualTo(1);
        mvc.perform(get("/api/v1/reports/2022-05.md").param("version", "1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Police refused"))));

        // a published version cannot be overwritten, not even from SQL
        assertThatThrownBy(() -> jdbc.sql("update report_version set markdown_en = 'x' where period = '2022-05'")
                .update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from report_version where period = '2022-05'").update())
                .hasMessageContaining("immutable");
    }

    @Autowired
    ReportDesk desk;

    @Test
    void theHashCoversWhatWasPublished() {
        PublishedReport quarter = desk.publish(Period.parse("2021-Q2"), "report-editor", null);
        assertThat(quarter.version()).isEqualTo(1);
        assertThat(quarter.markdown().get(Lang.RU)).contains("II квартал 2021 года");
        assertThat(quarter.markdown().get(Lang.KK)).contains("2021 жылғы II тоқсан");
        PublishedReportCheck.assertHashes(jdbc, json);
    }
}
