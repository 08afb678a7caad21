package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The report's page sits in the site's layout: the menu, the language switcher, and labels in the page's language. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesLayoutTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theStaffPreviewHasTheMenuTheSwitcherAndKazakhLabels() throws Exception {
        String page = mvc.perform(get("/staff/reports/2024-03?lang=kk").with(user("report-reader").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"langs\"", "class=\"bar\"", "lang=\"kk\"", "Есептің тілі",
                "/staff/reports/2024-03/report.pdf?lang=kk", "<article class=\"report\"");
    }

    @Test
    void theReportFollowsThePagesLanguageWhenNoneIsAsked() throws Exception {
        String page = mvc.perform(get("/staff/reports/2024-03").cookie(new jakarta.servlet.http.Cookie("kuzet_lang", "ru"))
                        .with(user("report-reader").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Язык отчёта", "/staff/reports/2024-03/report.csv?lang=ru");
    }
}
