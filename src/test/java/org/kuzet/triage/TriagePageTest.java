package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TriagePageTest {

    @Autowired MockMvc mvc;
    @Autowired Intake intake;
    @Autowired CandidateQueue queue;
    @Autowired JdbcClient jdbc;
    @Autowired org.kuzet.triage.internal.TriageModels models;

    private StoredCandidate candidateOf(String url, String text) {
        Intake.Result result = intake.text(url, "Тест", "Заголовок", text,
                OffsetDateTime.of(2025, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC), null);
        return queue.ofArticle(result.article().id()).getFirst();
    }

    @Test
    void theQueueNeedsALoginAndShowsLabelsInTheAskedLanguage() throws Exception {
        candidateOf("https://page.kz/1", "Костанай: судья удалил журналиста из зала суда во время открытого процесса над бывшим акимом.");
        mvc.perform(get("/staff/triage")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/triage").with(user("corr").roles("CORRESPONDENT"))).andExpect(status().isForbidden());
        String en = mvc.perform(get("/staff/triage").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the category by its name, not its code
        assertThat(en).contains("Triage of the news").contains("Journalists removed from or kept out of open court hearings")
                .doesNotContain(">judicial_transparency_violation<").contains("удалил журналиста");
        String kk = mvc.perform(get("/staff/triage").param("lang", "kk").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kk).contains("Жаңалықтарды сұрыптау").doesNotContain("Triage of the news");
        String ru = mvc.perform(get("/staff/triage").param("lang", "ru").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ru).contains("Разбор новостей");
    }

    @Test
    void aCandidateShowsItsPassageHighlightedAndCanBeAccepted() throws Exception {
        StoredCandidate candidate = candidateOf("https://page.kz/2",
                "Новости региона.\nВ Атырау полиция задержала журналиста, который вел прямую трансляцию с митинга.\nПогода будет солнечной.");
        String page = mvc.perform(get("/staff/triage/" + candidate.id()).param("lang", "ru").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<mark id=\"passage\">В Атырау полиция задержала журналиста")
                .contains("Принять: создать черновик инцидента").contains("kz-atyrau");
        // the facts and categories read by name in the page's language, not by code
        assertThat(page).contains("Место: Атырау (Атырау)", "Задержание или арест журналистов")
                .doesNotContain("(kz-atyrau)");
        // or open the incident form filled from the article: its place, and no date since the passage names none
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("href=\"(/staff/incidents/new\\?[^\"]*)\"")
                .matcher(page);
        assertThat(form.find()).as("a link to the filled incident form").isTrue();
        assertThat(form.group(1)).contains("place=kz-atyrau", "primaryCategory=", "lang=ru").doesNotContainPattern("[?;]date=");
        assertThat(page).contains("Открыть в форме нарушения");

        mvc.perform(post("/staff/triage/" + candidate.id() + "/accept").with(user("mon").roles("MONITOR")))
                .andExpect(status().isForbidden());
        // the passage names no date: the monitor is asked for one, in the page's language, and nothing is decided
        mvc.perform(post("/staff/triage/" + candidate.id() + "/accept").param("lang", "ru")
                        .with(user("mon").roles("MONITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "problem", org.hamcrest.Matchers.startsWith("Дата: в статье нет даты события")));
        assertThat(queue.find(candidate.id()).orElseThrow().status()).isEqualTo("new");
        assertThat(page).contains("name=\"date\"");
        var decided = mvc.perform(post("/staff/triage/" + candidate.id() + "/accept").param("date", "2025-10-12")
                        .with(user("mon").roles("MONITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        StoredCandidate accepted = queue.find(candidate.id()).orElseThrow();
        // the notice on the queue links the new draft, so that the monitor goes on there
        assertThat(decided.getFlashMap().get("decidedIncident")).isEqualTo(accepted.incidentId());
        assertThat(accepted.status()).isEqualTo("accepted");
        assertThat(accepted.decidedBy()).isEqualTo("mon");
        assertThat(jdbc.sql("select place_code from incident where id = ?").param(accepted.incidentId())
                .query(String.class).single()).isEqualTo("kz-atyrau");
        assertThat(jdbc.sql("select occurred_on::text from incident where id = ?").param(accepted.incidentId())
                .query(String.class).single()).isEqualTo("2025-10-12");
    }

    @Test
    void aFactTheArticleStatesTwiceIsListedOnce() throws Exception {
        StoredCandidate candidate = candidateOf("https://page.kz/twice",
                "В Атырау сотрудники полиции задержали журналиста, а затем полиции пришлось его отпустить.");
        String page = mvc.perform(get("/staff/triage/" + candidate.id()).param("lang", "ru")
                        .with(user("mon").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> facts = org.jsoup.Jsoup.parse(page).select("h3 + ul li").eachText();
        assertThat(candidate.factList()).filteredOn(f -> "state_body".equals(f.get("kind"))).hasSizeGreaterThan(1);
        assertThat(facts).filteredOn(f -> f.contains("полиции")).hasSize(1);
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        StoredCandidate candidate = candidateOf("https://page.kz/3", "Сайт независимого издания заблокирован по предписанию министерства.");
        mvc.perform(post("/staff/triage/" + candidate.id() + "/reject").param("reason", " ")
                .with(user("mon").roles("MONITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queue.find(candidate.id()).orElseThrow().status()).isEqualTo("new");
        mvc.perform(post("/staff/triage/" + candidate.id() + "/reject").param("reason", "old news")
                .with(user("mon").roles("MONITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queue.find(candidate.id()).orElseThrow().reason()).isEqualTo("old news");
        // the decision is said in the reader's language, with its reason
        String page = mvc.perform(get("/staff/triage/" + candidate.id()).param("lang", "kk")
                        .with(user("mon").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).select("#decided").text()).isEqualTo("Қабылданбады · mon · old news");
    }

    @Test
    void anUploadedFileIsTriaged() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "news.txt", "text/plain",
                "Блогер из Семея вызван на допрос в антикоррупционную службу после поста о госзакупке.".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/staff/triage/upload").file(file).param("outlet", "Upload")
                .with(user("mon").roles("MONITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from triage_article where outlet = 'Upload' and title = 'news.txt'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void savingTheFormOpenedFromACandidateCitesItsArticleAndDecidesIt() throws Exception {
        StoredCandidate candidate = candidateOf("https://page.kz/form",
                "В Атырау полиция задержала журналиста, снимавшего очередь у акимата.");
        String link = queue.incidentFormLink(candidate.id());
        String form = mvc.perform(get(link).with(user("mon").roles("MONITOR"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"candidate\"").contains("value=\"" + candidate.id() + "\"");
        String title = "Journalist detained at the akimat queue " + candidate.id();
        mvc.perform(post("/staff/incidents").with(csrf()).with(user("mon").roles("MONITOR")).param("title", title)
                .param("date", "2025-03").param("place", "kz-atyrau").param("primaryCategory", "detention")
                .param("candidate", String.valueOf(candidate.id())))
                .andExpect(status().is3xxRedirection());
        long incident = jdbc.sql("select id from incident where title = ?").param(title).query(Long.class).single();
        StoredCandidate decided = queue.find(candidate.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo("merged");
        assertThat(jdbc.sql("select count(*) from incident_source s join source o on o.id = s.source_id "
                + "where s.incident_id = ? and o.url = 'https://page.kz/form'").param(incident).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void theTrainingPageShowsExamplesBySourceAndTheHeldOutFiguresBeforeAndAfter() throws Exception {
        models.retrain();
        TriageTraining.Report report = models.retrain();
        String en = mvc.perform(get("/staff/triage/training").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("What the triage model learnt from", "Shipped labelled set (training part)",
                "Archive reports: items under their category headings", "decisions on candidates",
                "Published incidents", "Model before", "Model after", "Macro-F1",
                ">" + report.itemsBySource().get("shipped") + "<",
                String.format(java.util.Locale.ROOT, "%.3f", report.after().macroF1()),
                String.format(java.util.Locale.ROOT, "%.3f", report.before().orElseThrow().macroF1()));
        String ru = mvc.perform(get("/staff/triage/training").param("lang", "ru").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ru).contains("На чём училась модель разбора", "Отчёты из архива", "Модель до", "Модель после");
        String kk = mvc.perform(get("/staff/triage/training").param("lang", "kk").with(user("mon").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kk).contains("Сұрыптау моделі неден үйренді", "Мұрағат есептері", "Бұрынғы модель");
        mvc.perform(get("/staff/triage/training").with(user("corr").roles("CORRESPONDENT")))
                .andExpect(status().isForbidden());
    }
}
