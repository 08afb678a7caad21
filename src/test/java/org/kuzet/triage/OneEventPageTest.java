package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The queue page shows one entry per event with all its articles (three outlets, three languages; articles written
 * for this test); once the event is recorded, a later article about it is shown as "already recorded: #N" with a
 * button that adds it as a source of that incident. Labels in English, Russian and Kazakh.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneEventPageTest {

    private static final OffsetDateTime READ = OffsetDateTime.of(2025, 4, 4, 9, 0, 0, 0, ZoneOffset.UTC);

    static final String RUSSIAN = """
            В Шымкенте избили оператора
            3 апреля в Шымкенте двое неизвестных избили оператора телеканала "Отырар" Бауыржана Сейтжанова, который снимал стихийную свалку у реки. У него сломан нос, камера разбита.
            """;
    static final String KAZAKH = """
            Шымкентте операторға шабуыл жасалды
            3 сәуірде Шымкентте белгісіз екі адам "Отырар" телеарнасының операторы Бауыржан Сейітжановты өзен жағасындағы қоқыс үйіндісін түсіріп жүргенде соққыға жықты. Камерасы сындырылды.
            """;
    static final String ENGLISH = """
            Cameraman beaten in Shymkent
            On 3 April two unknown men beat Baurzhan Seitzhanov, a cameraman of the Otyrar TV channel, in Shymkent while he was filming an illegal dump by the river. His nose was broken and the camera smashed.
            """;
    static final String LATER = """
            Нападение на оператора в Шымкенте
            3 апреля в Шымкенте напали на оператора Бауыржана Сейтжанова во время съёмки свалки, полиция начала досудебное расследование по статье о хулиганстве.
            """;

    @Autowired MockMvc mvc;
    @Autowired Intake intake;
    @Autowired CandidateQueue queue;
    @Autowired JdbcClient jdbc;

    private String page(String lang) throws Exception {
        return mvc.perform(get("/staff/triage").param("lang", lang).with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void oneEntryPerEventWithItsArticlesThenAlreadyRecordedWithAddAsASource() throws Exception {
        long ru = intake.text("https://otyrar.example/ru/7", "Отырар", null, RUSSIAN, READ, null).article().id();
        long kk = intake.text("https://otyrar.example/kk/7", "Отырар", null, KAZAKH, READ, null).article().id();
        long en = intake.text("https://wire.example/en/7", "Wire", null, ENGLISH, READ, null).article().id();
        List<CandidateQueue.Waiting> shown = queue.waitingEvents(500).stream()
                .filter(w -> List.of(ru, kk, en).contains(w.candidate().articleId())).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.getFirst().articles()).extracting(TriageArticle::id).containsExactly(ru, kk, en);
        assertThat(shown.getFirst().alreadyRecorded()).isEmpty();

        String en1 = page("en");
        // one entry, the three articles listed under it
        assertThat(en1).contains("Articles about this event (3)", "https://otyrar.example/ru/7",
                "https://otyrar.example/kk/7", "https://wire.example/en/7");

        long incident = queue.accept(shown.getFirst().candidate().id(), "monitor1", null);
        long later = intake.text("https://other.example/ru/8", "Другое", null, LATER, READ.plusDays(1), null).article().id();
        CandidateQueue.Waiting repeat = queue.waitingEvents(500).stream()
                .filter(w -> w.candidate().articleId() == later).findFirst().orElseThrow();
        assertThat(repeat.alreadyRecorded()).contains(incident);

        assertThat(page("en")).contains("Already recorded:", "#" + incident, "Add the article as a source",
                "name=\"incident\" value=\"" + incident + "\"");
        assertThat(page("ru")).contains("Уже записано:", "Добавить статью как источник", "Статьи об этом событии (1)");
        assertThat(page("kk")).contains("Тіркеліп қойған:", "Мақаланы дереккөз ретінде қосу");

        mvc.perform(post("/staff/triage/" + repeat.candidate().id() + "/merge").param("incident", String.valueOf(incident))
                        .param("lang", "ru").with(user("mon").roles("MONITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from incident_source where incident_id = ?").param(incident)
                .query(Long.class).single()).isEqualTo(4);
        assertThat(page("en")).doesNotContain("https://other.example/ru/8");
    }
}
