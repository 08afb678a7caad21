package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The staff page: upload, review with marked figures, correct, accept. */
@SpringBootTest
@AutoConfigureMockMvc
class ArchivePageTest {

    private static final String REPORT = """
            Violations of freedom of speech in Kazakhstan October 2018

            In October 2018 the monitoring recorded: 4 threats against journalists; 2 detentions of journalists.

            Oral: Police detained a reporter of "Uralskaya Nedelya" at the court building.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void needsALogin() throws Exception {
        int status = mvc.perform(get("/staff/archive")).andReturn().getResponse().getStatus();
        assertThat(status).isBetween(300, 401);
    }

    @Test
    void speaksTheRequestedLanguage() throws Exception {
        String ru = mvc.perform(get("/staff/archive").param("lang", "ru").with(user("monitor").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ru).contains("Импорт опубликованного ежемесячного отчёта");
        String kk = mvc.perform(get("/staff/archive").param("lang", "kk").with(user("monitor").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kk).contains("Жарияланған айлық есепті импорттау");
        String en = mvc.perform(get("/staff/archive").with(user("monitor").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Import a published monthly report");
    }

    @Test
    void marksEveryFigureWhereItWasFound() throws Exception {
        byte[] report;
        try (var in = getClass().getResourceAsStream("/fixtures/report-2020-08.txt")) {
            report = in.readAllBytes();
        }
        String page = mvc.perform(multipart("/staff/archive/extract")
                        .file(new MockMultipartFile("file", "report-2020-08.txt", "text/plain", report))
                        .with(csrf()).with(user("monitor").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-figure=\"damages_claimed_kzt = 78100000\"");
        assertThat(page).contains(">78 million 100 thousand</mark>");
        assertThat(page).contains("name=\"figure:ytd.criminal\" value=\"41\"");
        // each figure by its name (the key in its title), beside the sentence it was read from
        assertThat(page).containsPattern("<span title=\"judicial_acts\">Judicial acts in honour and dignity cases</span>"
                + "\\s*<div class=\"sentence\">[^<]*judicial acts");
        assertThat(page).contains(">Since the start of the year: criminal charges</span>");
        assertThat(page).contains("name=\"_csrf\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        int status = mvc.perform(post("/staff/archive/extract").param("text", REPORT)
                .with(user("monitor").roles("MONITOR"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void acceptsCorrectedFigures() throws Exception {
        String content = Base64.getEncoder().encodeToString(REPORT.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(post("/staff/archive/accept").param("name", "october.txt").param("content", content)
                        .param("month", "2018-10").param("figure:counts.threats", "5")
                        .param("figure:counts.detention", "").param("add_key", "judicial_acts")
                        .param("add_value", "3").with(csrf()).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Report stored");
        assertThat(jdbc.sql("select value from published_count where month = date '2018-10-01' "
                + "and category_code = 'threats'").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from published_count where month = date '2018-10-01' "
                + "and category_code = 'detention'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select value from published_figure where month = date '2018-10-01' "
                + "and figure = 'judicial_acts'").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select imported_by from archive_report where month = date '2018-10-01'")
                .query(String.class).single()).isEqualTo("editor");
    }

    @Test
    void aValueThatIsNoNumberIsShownBackNotStored() throws Exception {
        String text = REPORT.replace("October 2018", "November 2018");
        String content = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(post("/staff/archive/accept").param("name", "november.txt")
                        .param("content", content).param("month", "2018-11").param("figure:counts.threats", "four")
                        .with(csrf()).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Threats: four");
        assertThat(jdbc.sql("select count(*) from archive_report where month = date '2018-11-01'")
                .query(Long.class).single()).isZero();
    }
}
