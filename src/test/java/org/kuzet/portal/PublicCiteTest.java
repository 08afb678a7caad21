package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A public incident page carries a "cite this" line: service, title, date, stable address, version seen. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicCiteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long id;

    @BeforeEach
    void fixture() {
        id = jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, revision)
                values ('Photographer barred from a council session', 'summary', ?, 'month', 'kz-taraz', 'threats',
                    'published', now(), 3) returning id""")
                .param(LocalDate.parse("2023-09-01")).query(Long.class).single();
    }

    @Test
    void theIncidentPageSaysHowToCiteItInThreeLanguages() throws Exception {
        String address = "http://localhost/incidents/" + id;
        assertThat(html("/incidents/" + id)).contains("Cite this",
                "Kuzet. “Photographer barred from a council session”, 2023-09. " + address + " (version 3, seen ");
        assertThat(html("/incidents/" + id + "?lang=ru")).contains("Как цитировать",
                "Kuzet. «Photographer barred from a council session», 2023-09. " + address + " (версия 3, просмотрено ");
        assertThat(html("/incidents/" + id + "?lang=kk")).contains(address + " (3-нұсқа, ");
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
