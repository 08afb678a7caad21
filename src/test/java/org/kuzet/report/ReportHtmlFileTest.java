package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report as one HTML file, opened in the browser from the editor's report page, is laid out as written: the
 * page's policy allows its own style sheet (by its SHA-256) and nothing else inline, and it fits a phone. Its style
 * was refused, and it was read at 980 pixels on a phone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportHtmlFileTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFileKeepsItsOwnStyleAndFitsAPhone() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/staff/reports/2022-02/report.html").param("lang", "kk")
                .with(user("editor.html").roles("EDITOR"))).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        Document file = Jsoup.parse(answer.getContentAsString(StandardCharsets.UTF_8));
        String css = file.select("head style").first().data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.getHeaders("Content-Security-Policy")).singleElement().asString()
                .contains("style-src 'self' 'sha256-" + hash + "';", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(file.select("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
    }
}
