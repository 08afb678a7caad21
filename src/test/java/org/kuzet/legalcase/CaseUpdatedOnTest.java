package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.core.Today;
import org.kuzet.reference.VersionedChange;
import org.kuzet.web.DatesInWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A case says "updated on" the day its timeline grew after it was first recorded, on its staff and public pages, as
 * a corrected incident does; the steps it was recorded with, and an edit that keeps them, do not make it updated.
 * Its own case, named by this run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseUpdatedOnTest {

    @Autowired
    LegalCaseBook book;
    @Autowired
    LegalCases cases;
    @Autowired
    ObjectMapper json;
    @Autowired
    MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCaseRecordedWithItsStepsIsNotUpdatedUntilANewStepIsAdded() throws Exception {
        String timeline = """
                "events": [{"date": "2024-02-01", "kind": "filed"},
                           {"date": "2024-03-12", "kind": "hearing", "description": "First hearing"}]""";
        long id = book.open(body("Regional akim v. news site " + run, timeline)).id();

        assertThat(cases.updatedAt(id)).isEmpty();
        assertThat(page("/staff/cases/" + id + "?lang=ru", true)).doesNotContain("id=\"updated\"");
        assertThat(page("/cases/" + id + "?lang=ru", false)).doesNotContain("id=\"updated\"");

        // an edit that sends the same steps back keeps when they were recorded
        book.edit(id, VersionedChange.onCurrent(body("Regional akim v. news site (renamed) " + run, timeline)));
        assertThat(cases.updatedAt(id)).isEmpty();

        book.record(id, VersionedChange.onCurrent(json.readTree("""
                {"date": "2024-05-20", "kind": "judgment", "in_favour_of_media": true}""")));

        LocalDate today = LocalDate.now(Today.CLOCK);
        assertThat(cases.updatedAt(id)).isPresent();
        assertThat(page("/staff/cases/" + id + "?lang=ru", true))
                .contains("id=\"updated\"", "Обновлено " + DatesInWords.of(today, Locale.forLanguageTag("ru")));
        assertThat(page("/cases/" + id + "?lang=kk", false))
                .contains(DatesInWords.of(today, Locale.forLanguageTag("kk")) + " жаңартылды");
        assertThat(page("/cases/" + id + "?lang=en", false))
                .contains("Updated on " + DatesInWords.of(today, Locale.ENGLISH));
    }

    private JsonNode body(String title, String timeline) {
        return json.readTree("""
                {"title": "%s", "kind": "civil", "direction": "against_media", "opened_on": "2024-02-01", %s}"""
                .formatted(title, timeline));
    }

    private String page(String url, boolean staff) throws Exception {
        var request = get(url);
        if (staff) {
            request.with(user("monitor.updated." + run).roles("MONITOR"));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
