package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One event told by three outlets in Russian, Kazakh and English (articles written for this test): the queue shows
 * it once with its three articles, dated and placed as the articles state it; accepted, all three are sources of
 * the incident; a fourth article about it later is shown as already recorded and joins as a source.
 */
@SpringBootTest
class OneEventTest {

    private static final OffsetDateTime READ = OffsetDateTime.of(2025, 3, 14, 8, 0, 0, 0, ZoneOffset.UTC);

    static final String RUSSIAN = """
            В Уральске задержали корреспондентку
            12 марта в Уральске полиция задержала корреспондентку газеты "Жайык Пресс" Айгерим Тулегенову, которая снимала пикет у здания акимата. Журналистку продержали в отделе полиции пять часов и отпустили без протокола.
            Читайте также
            Суд оштрафовал блогера в Костанае
            """;
    static final String KAZAKH = """
            Оралда тілші ұсталды
            12 наурызда Оралда полиция "Жайық Пресс" газетінің тілшісі Айгерім Төлегенова әкімдік алдындағы пикетті түсіріп жатқанда ұстады. Журналисті бөлімде бес сағат ұстап, хаттамасыз босатты.
            """;
    static final String ENGLISH = """
            Reporter detained in Oral
            On 12 March police in Oral detained Aigerim Tulegenova, a reporter of the Zhaiyk Press newspaper, while she was filming a picket outside the akimat. She was held at the police station for five hours and released without a charge.
            Latest news
            Court fines blogger in Kostanay
            """;
    static final String LATER = """
            Задержание журналистки в Уральске
            12 марта в Уральске полицейские задержали журналистку Айгерим Тулегенову во время съемки пикета и пять часов держали в отделе полиции. Прокуратура начала проверку.
            """;

    @Autowired Intake intake;
    @Autowired CandidateQueue queue;
    @Autowired JdbcClient jdbc;

    @Test
    void threeArticlesInThreeLanguagesAreOneCandidate() {
        long ru = intake.text("https://zhaiyk.example/ru/1", "Жайык Пресс", null, RUSSIAN, READ, null).article().id();
        long kk = intake.text("https://zhaiyk.example/kk/1", "Жайық Пресс", null, KAZAKH, READ, null).article().id();
        long en = intake.text("https://news.example/en/1", "News", null, ENGLISH, READ, null).article().id();

        List<StoredCandidate> shown = queue.waiting(500).stream()
                .filter(c -> List.of(ru, kk, en).contains(c.articleId())).toList();
        assertThat(shown).hasSize(1);
        StoredCandidate event = shown.getFirst();
        assertThat(event.primaryCategory()).isEqualTo("detention");
        assertThat(queue.articlesOf(event.id())).extracting(TriageArticle::id).containsExactly(ru, kk, en);

        CandidateQueue.EventFacts facts = queue.event(event.id());
        assertThat(facts.dateWritten()).isEqualTo("12 марта");
        assertThat(facts.date()).isEqualTo("2025-03-12");
        assertThat(facts.precision()).isEqualTo("day");
        assertThat(facts.place()).isEqualTo("kz-oral");
        assertThat(facts.placeWritten()).isEqualTo("Уральске");
        assertThat(queue.incidentFormLink(event.id())).startsWith("/staff/incidents/new?")
                .contains("date=2025-03-12", "place=kz-oral", "primaryCategory=detention");

        long incident = queue.accept(event.id(), "monitor1", null);
        assertThat(jdbc.sql("select occurred_on::text from incident where id = ?").param(incident).query(String.class)
                .single()).isEqualTo("2025-03-12");
        assertThat(jdbc.sql("""
                select s.url from source s join incident_source l on l.source_id = s.id
                where l.incident_id = ? order by s.url""").param(incident).query(String.class).list())
                .containsExactly("https://news.example/en/1", "https://zhaiyk.example/kk/1", "https://zhaiyk.example/ru/1");
        assertThat(queue.waiting(500)).noneMatch(c -> List.of(ru, kk, en).contains(c.articleId()));

        long later = intake.text("https://other.example/ru/2", "Другое", null, LATER, READ.plusDays(1), null).article().id();
        StoredCandidate repeat = queue.waiting(500).stream().filter(c -> c.articleId() == later).findFirst().orElseThrow();
        assertThat(queue.alreadyRecorded(repeat.id())).contains(incident);
        queue.merge(repeat.id(), incident, "monitor1");
        assertThat(jdbc.sql("select count(*) from incident_source where incident_id = ?").param(incident)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aYearNamedWithAPartOfItKeepsItsPrecision() {
        long id = intake.text("https://news.example/en/2", "News", null, """
                In early 2024 police in Oral detained Daniyar Sarsenov, a blogger, after his video about a landfill, and held him for two days.
                """, READ, null).article().id();
        StoredCandidate candidate = queue.ofArticle(id).getFirst();
        CandidateQueue.EventFacts facts = queue.event(candidate.id());
        assertThat(facts.dateWritten()).isEqualTo("early 2024");
        assertThat(facts.date()).isEqualTo("2024");
        assertThat(facts.precision()).isEqualTo("year");
        assertThat(facts.placeWritten()).isEqualTo("Oral");
    }
}
