package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kuzet.dataset.internal.DatasetImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff incident page says who published a version in words: an incident of the demonstration data read
 * "published by import" (the importer's account name); and a draft says no version is published yet rather than
 * showing the "Published versions" heading over nothing; the note Kuzet writes on a version (a correction by a later
 * import) is said in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffIncidentHistoryWordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetImport importer;
    @Autowired
    JdbcClient jdbc;

    private final String prefix = "incident/history-words-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void theImporterIsNamedInWordsAndADraftSaysItHasNoPublishedVersion() throws Exception {
        assertThat(importer.importBytes("history.json", """
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$spublished", "title": "Угрозы главному редактору", "date": "2025",
                   "primary_category": "threats", "state": "published"},
                  {"external_id": "%1$sdraft", "title": "Угрозы корреспонденту", "date": "2025",
                   "primary_category": "threats"}]}
                """.formatted(prefix).getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();

        Document published = page("published", "ru");
        assertThat(published.select("#state + .meta + .meta").text()).startsWith("опубликовал(а) импорт набора данных, ");
        assertThat(published.text()).doesNotContain(" import");
        assertThat(published.select("#no-published-version")).isEmpty();

        // a second import changing the published incident corrects it; the note Kuzet wrote was shown in English
        assertThat(importer.importBytes("history-again.json", """
                {"format": "kuzet-dataset/1", "incidents": [
                  {"external_id": "%1$spublished", "title": "Угрозы главному редактору издания", "date": "2025",
                   "primary_category": "threats", "state": "published"}]}
                """.formatted(prefix).getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
        Document corrected = page("published", "ru");
        assertThat(corrected.select("#no-published-version + ul li, h2 + ul li").eachText())
                .anyMatch(line -> line.startsWith("Редакция 2 · импорт набора данных · ")
                        && line.endsWith(" · исправлено при импорте набора данных"));
        assertThat(corrected.text()).doesNotContain("corrected by a dataset import");

        Document draft = page("draft", "kk");
        assertThat(draft.select("#no-published-version").text()).isEqualTo("Әзірге бірде-бір редакция жарияланған жоқ.");
    }

    private Document page(String name, String lang) throws Exception {
        long id = jdbc.sql("select id from incident where external_id = ?").param(prefix + name).query(Long.class)
                .single();
        return Jsoup.parse(mvc.perform(get("/staff/incidents/" + id).param("lang", lang)
                .with(user("editor.history").roles("EDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
