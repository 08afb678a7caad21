package org.kuzet.triage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitors' queue of candidates (table triage_candidate) and their decisions: accept (a draft incident is made
 * from the candidate and the article archived as its source), merge into an existing incident (the article becomes
 * one more source of it), or reject with a reason. Each decision is taken once, and teaches the model.
 */
@Component
public class CandidateQueue {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int TITLE_LENGTH = 160;
    private static final int DUPLICATE_DAYS = 30;

    private final JdbcClient jdbc;
    private final Articles articles;
    private final TriageModels models;

    CandidateQueue(JdbcClient jdbc, Articles articles, TriageModels models) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.models = models;
    }

    void add(long articleId, Candidate candidate) {
        List<Map<String, Object>> categories = new ArrayList<>();
        for (CategoryScore s : candidate.categories()) {
            categories.add(Map.of("category", s.category(), "score", s.score()));
        }
        insert(articleId, "incident", candidate.passage(), candidate.categories().getFirst().category(), candidate.score(),
                categories, candidate.why(), candidate.facts());
    }

    void addReply(long articleId, String text, OfficialReply reply, List<Fact> facts) {
        List<Map<String, Object>> concerns = new ArrayList<>();
        for (String category : reply.concerns()) {
            concerns.add(Map.of("category", category, "score", reply.score()));
        }
        List<String> why = new ArrayList<>(reply.why());
        why.addFirst("official reply by " + (reply.speaker().isBlank() ? "a state body" : reply.speaker()));
        insert(articleId, "official_reply", new Passage(0, text.length(), text), reply.concerns().getFirst(),
                reply.score(), concerns, why, facts);
    }

    private void insert(long articleId, String kind, Passage passage, String primary, double score,
            List<Map<String, Object>> categories, List<String> why, List<Fact> facts) {
        List<Map<String, Object>> factJson = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind().code());
            m.put("text", f.text());
            m.put("start", f.start());
            m.put("end", f.end());
            m.put("value", f.value());
            factJson.add(m);
        }
        jdbc.sql("""
                insert into triage_candidate (article_id, kind, passage_start, passage_end, passage, primary_category,
                    score, categories, why, facts)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb))""")
                .params(articleId, kind, passage.start(), passage.end(), passage.text(), primary,
                        Math.max(0, Math.min(1, score)), JSON.writeValueAsString(categories),
                        JSON.writeValueAsString(why), JSON.writeValueAsString(factJson))
                .update();
    }

    /** New candidates, best first. */
    public List<StoredCandidate> waiting(int limit) {
        return jdbc.sql("select * from triage_candidate where status = 'new' order by score desc, id limit ?")
                .param(limit).query(StoredCandidate.class).list();
    }

    public Optional<StoredCandidate> find(long id) {
        return jdbc.sql("select * from triage_candidate where id = ?").param(id).query(StoredCandidate.class).optional();
    }

    List<StoredCandidate> ofArticle(long articleId) {
        return jdbc.sql("select * from triage_candidate where article_id = ? order by passage_start").param(articleId)
                .query(StoredCandidate.class).list();
    }

    /** Makes a draft incident from the candidate, with the article archived as its source. */
    @Transactional
    public long accept(long id, String monitor) {
        StoredCandidate candidate = undecided(id);
        if (!candidate.kind().equals("incident")) {
            throw new Conflict("candidate " + id + " is an official reply, not an incident: merge it into the incident it answers");
        }
        TriageArticle article = articles.find(candidate.articleId()).orElseThrow();
        List<Map<String, Object>> facts = facts(candidate);
        DateGuess date = date(facts, article);
        String place = facts.stream().filter(f -> "place".equals(f.get("kind"))).map(f -> (String) f.get("value"))
                .filter(code -> code.startsWith("kz")).findFirst().orElse(null);
        long incident = jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, created_by)
                values (?, ?, ?, ?, ?, ?, 'draft', ?) returning id""")
                .params(title(candidate.passage()), candidate.passage(), date.day(), date.precision(), place,
                        candidate.primaryCategory(), monitor)
                .query(Long.class).single();
        jdbc.sql("insert into incident_category (incident_id, category_code) values (?, ?)")
                .params(incident, candidate.primaryCategory()).update();
        linkSource(incident, article);
        decide(id, "accepted", null, monitor, incident);
        return incident;
    }

    /** Adds the article as one more source of an existing incident. */
    @Transactional
    public void merge(long id, long incidentId, String monitor) {
        undecided(id);
        boolean exists = jdbc.sql("select count(*) from incident where id = ?").param(incidentId).query(Long.class).single() > 0;
        if (!exists) {
            throw new NotFound("incident " + incidentId + " does not exist");
        }
        StoredCandidate candidate = find(id).orElseThrow();
        linkSource(incidentId, articles.find(candidate.articleId()).orElseThrow());
        decide(id, "merged", null, monitor, incidentId);
    }

    @Transactional
    public void reject(long id, String reason, String monitor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "a rejection needs a reason");
        }
        undecided(id);
        decide(id, "rejected", reason.strip(), monitor, null);
    }

    /**
     * Incidents this candidate may repeat: one of the persons or outlets it names is a victim (by alias key) of an
     * incident of the same primary category within 30 days of the candidate's date.
     */
    public List<Long> possibleDuplicates(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        List<String> keys = facts(candidate).stream()
                .filter(f -> "person".equals(f.get("kind")) || "outlet".equals(f.get("kind")))
                .map(f -> (String) f.get("value")).distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        LocalDate day = date(facts(candidate), articles.find(candidate.articleId()).orElseThrow()).day();
        return jdbc.sql("""
                select distinct i.id from incident i
                join incident_victim v on v.incident_id = i.id
                join actor_alias a on a.actor_id = v.actor_id
                where a.key in (:keys) and i.primary_category = :category
                  and i.occurred_on between :from and :to
                order by i.id""")
                .param("keys", keys).param("category", candidate.primaryCategory())
                .param("from", day.minusDays(DUPLICATE_DAYS)).param("to", day.plusDays(DUPLICATE_DAYS))
                .query(Long.class).list();
    }

    private StoredCandidate undecided(long id) {
        StoredCandidate candidate = jdbc.sql("select * from triage_candidate where id = ? for update").param(id)
                .query(StoredCandidate.class).optional()
                .orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        if (!candidate.status().equals("new")) {
            throw new Conflict("candidate " + id + " was already " + candidate.status());
        }
        return candidate;
    }

    private void decide(long id, String status, String reason, String monitor, Long incident) {
        jdbc.sql("""
                update triage_candidate set status = ?, reason = ?, decided_by = ?, decided_at = now(), incident_id = ?
                where id = ?""").params(status, reason, monitor, incident, id).update();
        models.stale();
    }

    private void linkSource(long incident, TriageArticle article) {
        long source = jdbc.sql("""
                insert into source (kind, outlet_name, title, url, retrieved_at, archived_text, sha256)
                values ('media_article', ?, ?, ?, ?, ?, ?) returning id""")
                .params(article.outlet(), article.title(), article.url(), article.fetchedAt(), article.text(),
                        article.sha256())
                .query(Long.class).single();
        jdbc.sql("insert into incident_source (incident_id, source_id) values (?, ?) on conflict do nothing")
                .params(incident, source).update();
    }

    static List<Map<String, Object>> facts(StoredCandidate candidate) {
        return JSON.readValue(candidate.facts(), new TypeReference<List<Map<String, Object>>>() { });
    }

    record DateGuess(LocalDate day, String precision) {
    }

    /** The first full date in the passage, else its first month and year, else the day the article was read. */
    static DateGuess date(List<Map<String, Object>> facts, TriageArticle article) {
        for (Map<String, Object> f : facts) {
            String value = (String) f.get("value");
            if ("date".equals(f.get("kind")) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return new DateGuess(LocalDate.parse(value), "day");
                } catch (RuntimeException notADay) {
                    // 31 June and the like: look further
                }
            }
        }
        for (Map<String, Object> f : facts) {
            String value = (String) f.get("value");
            if ("date".equals(f.get("kind")) && value.matches("\\d{4}-\\d{2}")) {
                return new DateGuess(LocalDate.parse(value + "-01"), "month");
            }
        }
        OffsetDateTime fetched = article.fetchedAt();
        return new DateGuess(fetched.toLocalDate(), "day");
    }

    static String title(String passage) {
        String first = passage.strip();
        int sentence = first.indexOf(". ");
        if (sentence > 20 && sentence < TITLE_LENGTH) {
            return first.substring(0, sentence + 1);
        }
        return first.length() <= TITLE_LENGTH ? first : first.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }
}
