package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Sha256;
import org.kuzet.spelling.Spelling;
import org.kuzet.triage.internal.FixtureArticles;
import org.kuzet.triage.internal.TriageModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class IntakeAndQueueTest {

    private static final OffsetDateTime READ = OffsetDateTime.of(2025, 10, 20, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired Intake intake;
    @Autowired CandidateQueue queue;
    @Autowired TriageModels models;
    @Autowired JdbcClient jdbc;

    @Test
    void anArticleIsStoredOnceAndItsDuplicatesAreGrouped() {
        String text = FixtureArticles.text(FixtureArticles.OSCE);
        Intake.Result first = intake.text("https://orda.kz/osce-1", "Orda.kz", "OSCE", text, READ, null);
        assertThat(first.known()).isFalse();
        assertThat(first.candidates()).isGreaterThanOrEqualTo(5);
        assertThat(first.article().language()).isEqualTo("en");
        assertThat(first.article().sha256()).isEqualTo(Sha256.hex(first.article().text()));

        Intake.Result again = intake.text("https://orda.kz/osce-1", "Orda.kz", "OSCE", text, READ, null);
        assertThat(again.known()).isTrue();
        assertThat(again.article().id()).isEqualTo(first.article().id());

        String reprint = "Reprinted from Orda.kz with a new first line.\n" + text.replace("An Editor Under Fire", "Under Fire");
        Intake.Result copy = intake.text("https://other.kz/copy", "Other", "Voices at OSCE", reprint, READ, null);
        assertThat(copy.duplicate()).isTrue();
        assertThat(copy.article().groupId()).isEqualTo(first.article().id());
        assertThat(copy.candidates()).isZero();
        assertThat(jdbc.sql("select count(*) from triage_article where url in ('https://orda.kz/osce-1', 'https://other.kz/copy')")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theMainTextOfAPageIsRead() {
        String html = """
                <html><head><title>Site | News</title><script>var x = 'угроза';</script></head><body>
                <nav><a href="/">Главная</a> <a href="/x">Блокировка рекламы</a></nav>
                <article><h1>Журналиста задержали в Атырау</h1>
                <p>Полиция задержала журналиста, который вел трансляцию с митинга нефтяников.</p>
                <p>Его продержали в отделе шесть часов.</p></article>
                <footer>© Редакция. Все права защищены.</footer></body></html>""";
        Intake.Result result = intake.html("https://example.kz/a/1", "Example", html, READ, null);
        assertThat(result.article().title()).isEqualTo("Журналиста задержали в Атырау");
        assertThat(result.article().text()).contains("шесть часов").doesNotContain("Главная", "права защищены", "var x");
        assertThat(result.article().language()).isEqualTo("ru");
        List<StoredCandidate> candidates = queue.ofArticle(result.article().id());
        assertThat(candidates).anyMatch(c -> c.primaryCategory().equals("detention"));
        assertThat(candidates.getFirst().facts()).contains("kz-atyrau");
    }

    @Test
    void aStateReplyIsQueuedAsAnOfficialReply() {
        Intake.Result result = intake.text("https://dknews.kz/reply", "DKNews.kz", "Reply", FixtureArticles.text(FixtureArticles.REBUTTAL), READ, null);
        List<StoredCandidate> candidates = queue.ofArticle(result.article().id());
        assertThat(candidates).hasSize(1);
        assertThat(candidates.getFirst().kind()).isEqualTo("official_reply");
        assertThat(candidates.getFirst().why()).contains("Aida Balayeva");
        assertThatThrownBy(() -> queue.accept(candidates.getFirst().id(), "monitor", null)).isInstanceOf(Conflict.class);
    }

    @Test
    void acceptingMakesADraftIncidentWithTheArchivedSource() {
        Intake.Result result = intake.text("https://orda.kz/minister", "Orda.kz", "Minister", FixtureArticles.text(FixtureArticles.MINISTER), READ, null);
        StoredCandidate blocking = queue.ofArticle(result.article().id()).stream()
                .filter(c -> c.passage().contains("to block them")).findFirst().orElseThrow();
        // the passage names no date: the draft is not dated on the day the article was read, the monitor gives it
        long sourcesBefore = jdbc.sql("select count(*) from source").query(Long.class).single();
        assertThat(queue.needsDate(blocking.id())).isTrue();
        assertThatThrownBy(() -> queue.accept(blocking.id(), "monitor1", null)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(p -> p.field()).containsExactly("date"));
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sourcesBefore);
        assertThat(queue.find(blocking.id()).orElseThrow().status()).isEqualTo("new");
        long incident = queue.accept(blocking.id(), "monitor1", "2025-10-14");

        var row = jdbc.sql("select primary_category, workflow_state, created_by, occurred_on::text, date_precision from incident where id = ?")
                .param(incident).query().singleRow();
        assertThat(row.get("primary_category")).isEqualTo("blocking");
        assertThat(row.get("workflow_state")).isEqualTo("draft");
        assertThat(row.get("created_by")).isEqualTo("monitor1");
        assertThat(row.get("occurred_on")).isEqualTo("2025-10-14");
        assertThat(row.get("date_precision")).isEqualTo("day");
        var source = jdbc.sql("""
                select s.url, s.sha256, s.archived_text, s.kind from source s
                join incident_source l on l.source_id = s.id where l.incident_id = ?""").param(incident).query().singleRow();
        assertThat(source.get("url")).isEqualTo("https://orda.kz/minister");
        assertThat(source.get("sha256")).isEqualTo(result.article().sha256());
        assertThat((String) source.get("archived_text")).contains("Aida Balayeva");
        assertThat(source.get("kind")).isEqualTo("media_article");

        StoredCandidate decided = queue.find(blocking.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo("accepted");
        assertThat(decided.incidentId()).isEqualTo(incident);
        assertThat(decided.decidedBy()).isEqualTo("monitor1");
        assertThatThrownBy(() -> queue.accept(blocking.id(), "monitor2", "2025-10-14")).isInstanceOf(Conflict.class);
        assertThat(models.feedback()).anyMatch(i -> i.text().equals(blocking.passage()) && i.category().equals("blocking"));
    }

    @Test
    void mergingAddsASourceAndRejectingNeedsAReason() {
        String article = """
                МИД отказал в аккредитации корреспондентам Радио Азаттык.
                В начале 2025 года Министерство иностранных дел отказало в аккредитации шести журналистам Азаттыка, заявив, что они работают иностранными корреспондентами без разрешения.
                По словам редакции, журналистам после этого угрожают в соцсетях и запугивают их родственников.
                """;
        Intake.Result result = intake.text("https://rus.azattyq.org/a/1", "Azattyq", "Аккредитация", article, READ, null);
        List<StoredCandidate> candidates = queue.ofArticle(result.article().id());
        long existing = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category)
                values ('Accreditation refused to Azattyq journalists', date '2025-03-01', 'month', 'accreditation_denial')
                returning id""").query(Long.class).single();
        StoredCandidate accreditation = candidates.stream()
                .filter(c -> c.passage().contains("отказало в аккредитации шести")).findFirst().orElseThrow();
        queue.merge(accreditation.id(), existing, "monitor1");
        assertThat(jdbc.sql("select count(*) from incident_source where incident_id = ?").param(existing)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(queue.find(accreditation.id()).orElseThrow().status()).isEqualTo("merged");
        // the incident module made the citation and announced it: the audit log names the source and the candidate
        assertThat(jdbc.sql("""
                select after ->> 'source_id' || ' ' || (after -> 'origin' ->> 'reference') from audit_entry
                where entity_type = 'incident' and entity_id = ? and action = 'incident.source_cited'
                  and actor = 'monitor1'""").param(String.valueOf(existing)).query(String.class).single())
                .isEqualTo(jdbc.sql("select source_id from incident_source where incident_id = ?").param(existing)
                        .query(Long.class).single() + " triage_candidate/" + accreditation.id());

        StoredCandidate other = candidates.stream().filter(c -> c.status().equals("new") && c.id() != accreditation.id())
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> queue.merge(other.id(), 999_999, "monitor1")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queue.reject(other.id(), "  ", "monitor1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("reason");
        assertThat(queue.find(other.id()).orElseThrow().status()).isEqualTo("new");
        queue.reject(other.id(), "a speech about the law, not an incident", "monitor1");
        StoredCandidate rejected = queue.find(other.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.reason()).isEqualTo("a speech about the law, not an incident");
        assertThat(models.feedback()).anyMatch(i -> i.text().equals(other.passage()) && i.category().equals("context"));
    }

    @Test
    void aCandidateAboutAKnownVictimAndCategoryNearInTimeIsAPossibleDuplicate() {
        // a journalist and an outlet that no other class names: their actors and incidents would be found too
        long actor = jdbc.sql("insert into actor (kind, actor_type, name) values ('person', 'journalist', 'Марат Бекенов') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into actor_alias (actor_id, alias, key) values (?, ?, ?)")
                .params(actor, "Марат Бекенов", Spelling.key("Марат Бекенов")).update();
        long incident = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category)
                values ('Threats against the editor of Kokzhiek.kz', date '2025-10-05', 'day', 'threats') returning id""")
                .query(Long.class).single();
        jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind) values (?, 1, ?, 'Marat Bekenov', 'journalist')")
                .params(incident, actor).update();

        String article = """
                Kokzhiek.kz says its journalists, editor-in-chief Marat Bekenov among them, live under constant pressure, threats and harassment.
                In other news, the ministry says it goes on preparing orders to block such sites day and night.
                """;
        Intake.Result result = intake.text("https://example.kz/kokzhiek-threats", "Example", "Threats", article, READ, null);
        StoredCandidate threats = queue.ofArticle(result.article().id()).stream()
                .filter(c -> c.passage().contains("constant pressure, threats and harassment")).findFirst().orElseThrow();
        assertThat(queue.possibleDuplicates(threats.id())).containsExactly(incident);
        assertThat(queue.actorsNamed(threats.id())).extracting(CandidateQueue.LinkedActor::actorId).containsExactly(actor);
        StoredCandidate blocking = queue.ofArticle(result.article().id()).stream()
                .filter(c -> c.primaryCategory().equals("blocking")).findFirst().orElseThrow();
        assertThat(queue.possibleDuplicates(blocking.id())).doesNotContain(incident);
    }

    @Test
    void anAcceptedCandidateIsDatedAndPlacedAsItsPassageSays() {
        String article = """
                Police detained a journalist in Aktobe on 3 October 2025 while he was filming a protest.
                """;
        Intake.Result result = intake.text("https://example.kz/aktobe-detained", "Example", "Detained", article, READ,
                null);
        StoredCandidate detained = queue.ofArticle(result.article().id()).stream()
                .filter(c -> c.passage().contains("detained")).findFirst().orElseThrow();
        assertThat(queue.needsDate(detained.id())).isFalse();
        long incident = queue.accept(detained.id(), "monitor1", null);
        var row = jdbc.sql("select occurred_on::text, date_precision, place_code from incident where id = ?")
                .param(incident).query().singleRow();
        assertThat(row.get("occurred_on")).isEqualTo("2025-10-03");
        assertThat(row.get("date_precision")).isEqualTo("day");
        assertThat(row.get("place_code")).isEqualTo(CandidateQueue.place(CandidateQueue.facts(detained)));
        assertThat(row.get("place_code")).isNotNull();
    }

    @Test
    void aDateTheRulesRefuseRefusesTheCandidateAsTheApiWould() {
        String article = """
                The ministry says it goes on preparing orders to block independent news sites day and night.
                """;
        Intake.Result result = intake.text("https://example.kz/blocking-orders", "Example", "Orders", article, READ,
                null);
        StoredCandidate blocking = queue.ofArticle(result.article().id()).stream()
                .filter(c -> c.primaryCategory().equals("blocking")).findFirst().orElseThrow();
        assertThatThrownBy(() -> queue.accept(blocking.id(), "monitor1", "2999-01-01"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("date: is in the future (2999-01-01)");
        assertThatThrownBy(() -> queue.accept(blocking.id(), "monitor1", "2025-13"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("date: ");
        assertThat(queue.find(blocking.id()).orElseThrow().status()).isEqualTo("new");
    }

    @Test
    void aDayWithoutItsYearTakesTheArticlesYear() {
        TriageArticle read = new TriageArticle(1, "u", "o", "t", READ, "en", "", "", null);
        List<java.util.Map<String, Object>> facts = List.of(java.util.Map.of("kind", "date", "value", "--10-03"));
        assertThat(CandidateQueue.eventDate(facts, read)).contains("2025-10-03");
        List<java.util.Map<String, Object>> later = List.of(java.util.Map.of("kind", "date", "value", "--12-30"));
        assertThat(CandidateQueue.eventDate(later, read)).contains("2024-12-30");
        List<java.util.Map<String, Object>> month = List.of(java.util.Map.of("kind", "date", "value", "2025-09"));
        assertThat(CandidateQueue.eventDate(month, read)).contains("2025-09");
        assertThat(CandidateQueue.eventDate(List.of(), read)).isEmpty();
    }
}
