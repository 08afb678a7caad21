package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new request to a state body naming an incident that does not exist is refused with the message beside the
 * incident's field: the page said "each field is marked below" and marked none (the problem was named
 * {@code incidents[0]}, as the API names it), and nothing is recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InquiryFormProblemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownIncidentIsNamedBesideItsField() throws Exception {
        String subject = "Road repair contracts of Akimat of Aktobe, unknown incident";
        Document page = Jsoup.parse(mvc.perform(post("/staff/inquiries").param("lang", "ru")
                .param("kind", "information_request").param("addressee_name", "Akimat of Aktobe")
                .param("subject", subject).param("sent_on", "2026-01-12").param("incidents", "no-such-incident-77")
                .with(csrf()).with(user("editor.inquiry-form").roles("EDITOR"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#incidents ~ .field-error").text()).contains("no-such-incident-77");
        assertThat(page.select(".field-error").size()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inquiry where subject = ?").param(subject).query(Long.class)
                .single()).isZero();
    }
}
