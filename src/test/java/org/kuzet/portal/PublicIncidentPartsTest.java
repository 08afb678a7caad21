package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kuzet.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A public incident page leaves out a part it has nothing for, as its printable page does: an incident published
 * with one victim and no named perpetrator or source showed "Responsible" and "Sources" headings over nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicIncidentPartsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyThePartsWithSomethingInThemAreShown() throws Exception {
        long incident = jdbc.sql("""
                insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                      primary_category, workflow_state, published_at)
                values (?, 'A photographer detained in Oral', 'Police held him for four hours.', date '2025-03-05',
                        'day', 'kz-oral', 'threats', 'published', now()) returning id""")
                .param(TestData.unique("parts")).query(Long.class).single();
        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind) values (?, 0, 'Serik Nurlanov', "
                + "'journalist')").param(incident).update();

        Document page = Jsoup.parse(mvc.perform(get("/incidents/" + incident).param("lang", "kk").with(anonymous()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#victims").text()).isEqualTo("Зардап шеккендер");
        assertThat(page.select("#victims + ul").text()).contains("Serik Nurlanov");
        assertThat(page.select("#perpetrators")).isEmpty();
        assertThat(page.select("#sources")).isEmpty();
        assertThat(page.select("article h2").eachText()).doesNotContain("Жауаптылар", "Дереккөздер");
    }
}
