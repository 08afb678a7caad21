package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The home page says which period its figures cover and lists the published incidents changed most recently. */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the figures count every published incident
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicHomePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixture() {
        // oldest incident known only to its year, newest to the day; corrected on different days after publication
        incident("Local paper closed after an audit", "2019-01-01", "year", "published", "2026-11-02 10:00+05");
        incident("Camera seized from a reporter in Taraz", "2024-03-05", "day", "published", "2026-11-20 09:00+05");
        incident("Editor questioned about a cartoon", "2022-07-01", "month", "published", "2026-11-25 23:30+05");
        incident("Unreviewed draft about a blogger", "2025-01-10", "day", "draft", "2026-11-30 12:00+05");
        incident("Blogger fined over a post", "2023-02-01", "month", "published", null);
    }

    @Test
    void theFiguresSayTheirPeriodInThreeLanguages() throws Exception {
        assertThat(html("/")).contains("These figures count the 4 published incidents dated from 2019 to 2024-03-05, as of ");
        assertThat(html("/?lang=ru")).contains("Эти цифры учитывают 4 опубликованных нарушения, датированных с 2019 по 2024-03-05");
        assertThat(html("/?lang=kk")).contains("Бұл сандар 2019 мен 2024-03-05 аралығындағы 4 жарияланған бұзушылықты қамтиды");
    }

    @Test
    void recentlyUpdatedListsPublishedIncidentsNewestChangeFirst() throws Exception {
        String page = html("/");
        String updated = page.substring(page.indexOf("id=\"recently-updated\""));
        assertThat(updated).contains("updated 2026-11-25").doesNotContain("Unreviewed draft")
                .as("published once, never corrected").doesNotContain("Blogger fined");
        assertThat(updated.indexOf("Editor questioned")).isLessThan(updated.indexOf("Camera seized"));
        assertThat(updated.indexOf("Camera seized")).isLessThan(updated.indexOf("Local paper closed"));
        assertThat(html("/?lang=ru")).contains("Недавно обновлённые", "обновлено 2026-11-20");
        assertThat(html("/?lang=kk")).contains("Жақында жаңартылғандар", "2026-11-02 жаңартылды");
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** An incident; a published one kept as published and, when {@code correctedAt} is given, corrected then. */
    private void incident(String title, String date, String precision, String state, String correctedAt) {
        long id = jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, ?, 'kz-taraz', 'threats', ?, case when ? = 'published' then now() end)
                returning id""")
                .params(title, LocalDate.parse(date), precision, state, state).query(Long.class).single();
        if (state.equals("published")) {
            version(id, 1, "2026-10-01 10:00+05");
        }
        if (correctedAt != null) {
            version(id, 2, correctedAt);
        }
    }

    private void version(long incident, int revision, String at) {
        jdbc.sql("""
                insert into incident_revision (incident_id, revision, snapshot, recorded_at)
                values (?, ?, '{}'::jsonb, ?::timestamptz)""").params(incident, revision, at).update();
    }
}
