package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An incident corrected after it was first published says "updated" with the day of its latest correction, on the
 * public page and on the staff page; one standing as first published says nothing of the kind. Its own incidents.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UpdatedMarkerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCorrectedIncidentSaysWhenItWasUpdatedAndAnUncorrectedOneDoesNot() throws Exception {
        long corrected = published("Court reporter barred from a hearing in Semey " + run);
        revision(corrected, 1, "2024-03-05T10:00:00+05:00", "published");
        revision(corrected, 2, "2024-05-12T16:30:00+05:00", "the court's name corrected");
        long standing = published("Newspaper fined in Kostanay " + run);
        revision(standing, 1, "2024-03-06T10:00:00+05:00", "published");

        assertThat(page("/incidents/" + corrected + "?lang=ru")).contains("Обновлено 12 мая 2024\u202fг.");
        assertThat(page("/incidents/" + corrected + "?lang=kk")).contains("2024\u202fж. 12 мамыр жаңартылды");
        assertThat(page("/incidents/" + standing + "?lang=en")).doesNotContain("id=\"updated\"");
        String staff = mvc.perform(get("/staff/incidents/" + corrected).param("lang", "en")
                        .with(user("monitor.updated").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staff).contains("Updated on 12 May 2024");
    }

    private long published(String title) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, created_by, published_at, published_by, revision)
                values (?, 'As the fixture tells it.', date '2024-03-01', 'month', 'kz-astana', 'threats',
                    'published', 'monitor.updated', now(), 'editor.updated', 2) returning id""")
                .param(title).query(Long.class).single();
    }

    private void revision(long incident, int revision, String at, String note) {
        jdbc.sql("""
                insert into incident_revision (incident_id, revision, snapshot, recorded_at, recorded_by, note)
                values (?, ?, '{}'::jsonb, ?, 'editor.updated', ?)""")
                .params(incident, revision, Timestamp.from(OffsetDateTime.parse(at).toInstant()), note).update();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
