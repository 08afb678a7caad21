package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What of a report only staff see: who published a version (monitors up), and the report the data gives now with
 * its difference from the published version (monitors up; never correspondents or the public). November 2019 is
 * this class's own month.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.kuzet.OwnDatabase // it adds a published incident to the seeds' figures
class ReportStaffFieldsTest {

    private static final String PERIOD = "2019-11";
    private static final String EDITOR = "nov-report-editor";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void published() throws Exception {
        SeedFixtures.load(jdbc);
        if (jdbc.sql("select count(*) from report_version where period = ?").param(PERIOD).query(Long.class)
                .single() == 0) {
            new Fixtures(jdbc).published("2019-11-12", "refusal_of_information", "kz-pavlodar",
                    "Akimat kept the November budget from the press");
            assertThat(answer(post("/api/v1/reports/" + PERIOD + "/publish"), as("EDITOR")).getStatus())
                    .isEqualTo(201);
        }
    }

    @Test
    void thePublicAndCorrespondentsSeeTheServiceNotTheEditor() throws Exception {
        for (RequestPostProcessor outsider : new RequestPostProcessor[] {anonymous(), as("CORRESPONDENT")}) {
            MockHttpServletResponse versions = answer(get("/api/v1/reports/" + PERIOD + "/versions"), outsider);
            assertThat(versions.getStatus()).isEqualTo(200);
            assertThat(versions.getContentAsString()).contains("\"version\":1").doesNotContain(EDITOR)
                    .doesNotContain("published_by");
            for (String path : new String[] {"/reports", "/reports/" + PERIOD, "/api/v1/reports/" + PERIOD + ".json",
                    "/api/v1/reports/" + PERIOD + ".md"}) {
                MockHttpServletResponse page = answer(get(path), outsider);
                assertThat(page.getStatus()).as(path).isEqualTo(200);
                assertThat(page.getContentAsString()).as(path).doesNotContain(EDITOR);
            }
        }
    }

    @Test
    void monitorsSeeWhoPublished() throws Exception {
        assertThat(answer(get("/api/v1/reports/" + PERIOD + "/versions"), as("MONITOR")).getContentAsString())
                .contains("\"published_by\":\"" + EDITOR + "\"");
        assertThat(answer(get("/staff/reports"), as("MONITOR")).getContentAsString()).contains(EDITOR);
    }

    @Test
    void theLiveReportAndItsDifferenceAreForMonitorsOnly() throws Exception {
        for (String path : new String[] {"/api/v1/reports/" + PERIOD + ".json?live=true",
                "/api/v1/reports/" + PERIOD + "/diff"}) {
            assertThat(answer(get(path), anonymous()).getStatus()).as("public " + path).isEqualTo(401);
            assertThat(answer(get(path), as("CORRESPONDENT")).getStatus()).as("correspondent " + path)
                    .isEqualTo(403);
            assertThat(answer(get(path), as("MONITOR")).getStatus()).as("monitor " + path).isEqualTo(200);
        }
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, RequestPostProcessor caller)
            throws Exception {
        return mvc.perform(request.with(caller)).andReturn().getResponse();
    }

    private static RequestPostProcessor as(String role) {
        return user(role.equals("EDITOR") ? EDITOR : "nov-report-" + role.toLowerCase()).roles(role);
    }
}
