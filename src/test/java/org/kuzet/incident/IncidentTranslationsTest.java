package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * An incident's title and summary in three languages through its one door: the original keeps its language, the
 * translations are stored beside it, read back, kept in the published version, and checked field by field.
 */
class IncidentTranslationsTest extends IncidentApiSupport {

    /** The Astana military court incident of March 2024 (seed 002), written in Russian, translated into Kazakh. */
    private static Map<String, Object> militaryCourt() {
        Map<String, Object> body = tobolInfo();
        body.put("title", "Военный суд Астаны удалил журналистов пяти изданий с открытого процесса");
        body.put("summary", "Журналистам предложили смотреть трансляцию из другого зала.");
        body.put("place", "kz-astana");
        body.put("language", "ru");
        Map<String, Object> translations = new LinkedHashMap<>();
        translations.put("kk", Map.of("title", "Астананың әскери соты бес басылымның журналистерін процестен шығарды",
                "summary", "Журналистерге басқа залдан трансляция көру ұсынылды."));
        translations.put("en", Map.of("title", "Military court of Astana removed journalists of five outlets"));
        body.put("translations", translations);
        return body;
    }

    @Test
    void theTranslationsAreStoredBesideTheOriginalAndReadBack() throws Exception {
        long id = create(militaryCourt());
        readAsStaff("/api/v1/incidents/" + id)
                .andExpect(jsonPath("$.language").value("ru"))
                .andExpect(jsonPath("$.title").value("Военный суд Астаны удалил журналистов пяти изданий с открытого процесса"))
                .andExpect(jsonPath("$.translations.kk.title")
                        .value("Астананың әскери соты бес басылымның журналистерін процестен шығарды"))
                .andExpect(jsonPath("$.translations.kk.summary").value("Журналистерге басқа залдан трансляция көру ұсынылды."))
                .andExpect(jsonPath("$.translations.en.title").value("Military court of Astana removed journalists of five outlets"))
                .andExpect(jsonPath("$.translations.en.summary").value(""))
                .andExpect(jsonPath("$.translations.ru").doesNotExist());
        assertThat(jdbc.sql("select language || ' ' || (translations -> 'kk' ->> 'title') from incident where id = ?")
                .param(id).query(String.class).single())
                .isEqualTo("ru Астананың әскери соты бес басылымның журналистерін процестен шығарды");
    }

    @Test
    void thePublishedVersionKeepsTheTranslations() throws Exception {
        long id = published(militaryCourt());
        assertThat(jdbc.sql("select snapshot -> 'translations' -> 'en' ->> 'title' from incident_revision "
                        + "where incident_id = ? order by revision desc limit 1").param(id).query(String.class).single())
                .isEqualTo("Military court of Astana removed journalists of five outlets");
        read("/api/v1/incidents/" + id + "/revisions")
                .andExpect(jsonPath("$[0].snapshot.translations.kk.title", Matchers.startsWith("Астананың")));
    }

    @Test
    void anIncidentSentWithoutALanguageIsTakenToBeInTheLanguageOfItsLetters() throws Exception {
        Map<String, Object> body = tobolInfo();
        body.put("title", "Қостанайда судья тілшіні ашық отырыстан шығарды");
        long id = create(body);
        readAsStaff("/api/v1/incidents/" + id).andExpect(jsonPath("$.language").value("kk"))
                .andExpect(jsonPath("$.translations").isEmpty());
    }

    @Test
    void aTranslationIntoItsOwnLanguageAndAnUnknownLanguageAreRefusedNamingTheField() throws Exception {
        Map<String, Object> body = militaryCourt();
        body.put("translations", Map.of("ru", Map.of("title", "Ещё один русский заголовок")));
        body.put("language", "ru");
        String before = incidentTables();
        send(post("/api/v1/incidents"), monitor(), body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("translations.ru")));
        body.put("language", "de");
        body.remove("translations");
        send(post("/api/v1/incidents"), monitor(), body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("language")));
        assertThat(incidentTables()).isEqualTo(before);
    }

    @Test
    void anEditChangesATranslation() throws Exception {
        long id = create(militaryCourt());
        Map<String, Object> changed = militaryCourt();
        changed.put("translations", Map.of("en", Map.of("title", "Astana military court sent the press out",
                "summary", "Five outlets were asked to leave.")));
        sendOnCurrent(putTo(id), id, monitor(), changed).andExpect(status().isOk())
                .andExpect(jsonPath("$.translations.en.summary").value("Five outlets were asked to leave."))
                .andExpect(jsonPath("$.translations.kk").doesNotExist());
    }
}
