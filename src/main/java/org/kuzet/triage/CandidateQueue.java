package org.kuzet.triage;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kuzet.crypto.FieldCipher;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Today;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Origin;
import org.kuzet.source.Sources;
import org.kuzet.triage.internal.Candidate;
import org.kuzet.triage.internal.OfficialReply;
import org.kuzet.triage.internal.Passage;
import org.kuzet.triage.internal.SameEvent;
import org.kuzet.triage.internal.SealedReports;
import org.kuzet.triage.internal.TriageModels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monitors' queue of candidates (table triage_candidate) and their decisions: accept (a draft incident is made
 * from the candidate and the article archived as its source), merge into an existing incident (the article becomes
 * one more source of it), or reject with a reason. Each decision is taken once, and teaches the model. The draft
 * and the article's source go in through the incident's and the source's doors, by the API's rules.
 */
@Component
public class CandidateQueue {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int TITLE_LENGTH = 160;
    private static final int DUPLICATE_DAYS = 30;

    private final JdbcClient jdbc;
    private final Articles articles;
    private final TriageModels models;
    private final IncidentDesk incidents;
    private final Incidents recorded;
    private final Sources sources;

    private final FieldCipher cipher;
    private final SealedReports sealed;

    CandidateQueue(JdbcClient jdbc, Articles articles, TriageModels models, IncidentDesk incidents,
            Incidents recorded, Sources sources, FieldCipher cipher, SealedReports sealed) {
        this.recorded = recorded;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.sealed = sealed;
        this.articles = articles;
        this.models = models;
        this.incidents = incidents;
        this.sources = sources;
    }

    /** Queues the candidate (in the event of an earlier one about the same event, if any); its id. */
    long add(long articleId, Candidate candidate) {
        return add(articleId, candidate, false);
    }

    /** Queues the candidate of a report told to Kuzet directly: its passage, facts and reasons sealed. */
    long addReport(long articleId, Candidate candidate) {
        return add(articleId, candidate, true);
    }

    private long add(long articleId, Candidate candidate, boolean seal) {
        List<Map<String, Object>> categories = new ArrayList<>();
        for (CategoryScore s : candidate.categories()) {
            categories.add(Map.of("category", s.category(), "score", s.score()));
        }
        long id = insert(articleId, "incident", candidate.passage(), candidate.categories().getFirst().category(),
                candidate.score(), categories, candidate.why(), candidate.facts(), seal);
        joinItsEvent(id);
        return id;
    }

    /** How far back a new candidate looks for one about the same event. */
    private static final int RECENT_FOR_EVENTS = 500;

    /**
     * Puts the candidate in the event of an earlier one about the same event (see {@link SameEvent}), so that the
     * queue shows the event once, with all its articles.
     */
    private void joinItsEvent(long id) {
        // compared in memory whoever sent it (the public, a correspondent): sealed reports are opened for the work
        StoredCandidate candidate = stored(id).map(sealed::forWork).orElseThrow();
        SameEvent.Marks marks = marks(candidate);
        List<StoredCandidate> recent = jdbc.sql("""
                select * from triage_candidate where kind = 'incident' and id <> ?
                order by id desc limit ?""")
                .params(id, RECENT_FOR_EVENTS).query(StoredCandidate.class).list().stream().map(sealed::forWork)
                .toList();
        for (StoredCandidate other : recent) {
            if (SameEvent.same(marks, marks(other))) {
                jdbc.sql("update triage_candidate set event_id = ? where id = ?").params(other.event(), id).update();
                return;
            }
        }
    }

    private SameEvent.Marks marks(StoredCandidate candidate) {
        TriageArticle article = articles.forWork(candidate.articleId()).orElseThrow();
        return SameEvent.of(candidate.primaryCategory(), facts(candidate), eventDate(facts(candidate), article).orElse(null),
                candidate.passage(), candidate.passageStart());
    }

    void addReply(long articleId, String text, OfficialReply reply, List<Fact> facts) {
        List<Map<String, Object>> concerns = new ArrayList<>();
        for (String category : reply.concerns()) {
            concerns.add(Map.of("category", category, "score", reply.score()));
        }
        List<String> why = new ArrayList<>(reply.why());
        why.addFirst("official reply by " + (reply.speaker().isBlank() ? "a state body" : reply.speaker()));
        insert(articleId, "official_reply", new Passage(0, text.length(), text), reply.concerns().getFirst(),
                reply.score(), concerns, why, facts, false);
    }

    private long insert(long articleId, String kind, Passage passage, String primary, double score,
            List<Map<String, Object>> categories, List<String> why, List<Fact> facts, boolean seal) {
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
        return jdbc.sql("""
                insert into triage_candidate (article_id, kind, passage_start, passage_end, passage, primary_category,
                    score, categories, why, facts)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb)) returning id""")
                .params(articleId, kind, passage.start(), passage.end(),
                        seal ? sealed.seal(passage.text()) : passage.text(), primary,
                        Math.max(0, Math.min(1, score)), JSON.writeValueAsString(categories),
                        kept(JSON.writeValueAsString(why), seal), kept(JSON.writeValueAsString(factJson), seal))
                .query(Long.class).single();
    }

    /** A JSON column's value as stored: sealed for a report told to Kuzet directly. */
    private String kept(String json, boolean seal) {
        return seal ? sealed.sealJson(json) : json;
    }

    /**
     * New candidates, best first, one per event: the first candidate of each event, and a later one whose event was
     * already decided (it is shown as already recorded).
     */
    public List<StoredCandidate> waiting(int limit) {
        return jdbc.sql("""
                select c.* from triage_candidate c left join triage_candidate e on e.id = c.event_id
                where c.status = 'new' and (c.event_id is null or e.status <> 'new')
                order by c.score desc, c.id limit ?""")
                .param(limit).query(StoredCandidate.class).list().stream().map(sealed::shown).toList();
    }

    /** A candidate as the queue shows it: its event's articles, and the incident the event is already recorded as. */
    public record Waiting(StoredCandidate candidate, List<TriageArticle> articles, Optional<Long> alreadyRecorded) {
    }

    /**
     * {@link #waiting(int)} with, for each, what {@link #articlesOf(long)} and {@link #alreadyRecorded(long)} say, read
     * in two queries for the whole page: a shown candidate is its event's first waiting one, so its event is itself.
     */
    public List<Waiting> waitingEvents(int limit) {
        List<StoredCandidate> shown = waiting(limit);
        Long[] ids = shown.stream().map(StoredCandidate::id).toArray(Long[]::new);
        Map<Long, List<TriageArticle>> articlesByCandidate = new java.util.HashMap<>();
        var article = new org.springframework.jdbc.core.DataClassRowMapper<>(TriageArticle.class);
        jdbc.sql("""
                select distinct on (s.id, a.id) s.id as shown, a.* from triage_candidate s
                join triage_candidate c on c.id = s.id or (c.event_id = s.id and c.status = 'new')
                join triage_article a on a.id = c.article_id
                where s.id = any(?) order by s.id, a.id""")
                .param(ids).query((rs, n) -> Map.entry(rs.getLong("shown"), sealed.shown(article.mapRow(rs, n))))
                .list().forEach(e -> articlesByCandidate.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Long> recorded = new java.util.HashMap<>();
        jdbc.sql("""
                select c.id, e.incident_id from triage_candidate c join triage_candidate e on e.id = c.event_id
                where c.id = any(?) and e.status <> 'new' and e.incident_id is not null""")
                .param(ids).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> recorded.put(e.getKey(), e.getValue()));
        return shown.stream().map(c -> new Waiting(c, List.copyOf(articlesByCandidate.getOrDefault(c.id(), List.of())),
                Optional.ofNullable(recorded.get(c.id())))).toList();
    }

    /** The candidates of an event that are still waiting, the first one first. */
    public List<StoredCandidate> ofEvent(long event) {
        return jdbc.sql("select * from triage_candidate where (id = ? or event_id = ?) and status = 'new' order by id")
                .params(event, event).query(StoredCandidate.class).list().stream().map(sealed::shown).toList();
    }

    /** The articles of the candidate's event, the first one first (each once). */
    public List<TriageArticle> articlesOf(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        long event = candidate.eventId() != null && stillWaiting(candidate.eventId()) ? candidate.eventId() : id;
        return jdbc.sql("""
                select distinct on (a.id) a.* from triage_article a join triage_candidate c on c.article_id = a.id
                where c.id = ? or (c.event_id = ? and c.status = 'new') order by a.id""")
                .params(event, event).query(TriageArticle.class).list().stream().map(sealed::shown).toList();
    }

    private boolean stillWaiting(long id) {
        return find(id).map(c -> c.status().equals("new")).orElse(false);
    }

    /**
     * The incident the candidate's event was already recorded as: the incident its event's first candidate was
     * accepted as or merged into.
     */
    public Optional<Long> alreadyRecorded(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        if (candidate.eventId() == null) {
            return Optional.empty();
        }
        return find(candidate.eventId()).filter(e -> !e.status().equals("new")).map(StoredCandidate::incidentId);
    }

    /** The candidate as the caller may read it (a sealed report's text for the staff only). */
    /** The first candidate made from the article, where a monitor reads it (a search hit on the article opens it). */
    public Optional<Long> firstOfArticle(long articleId) {
        return jdbc.sql("select min(id) from triage_candidate where article_id = ?").param(articleId)
                .query(Long.class).optional();
    }

    public Optional<StoredCandidate> find(long id) {
        return stored(id).map(sealed::shown);
    }

    private Optional<StoredCandidate> stored(long id) {
        return jdbc.sql("select * from triage_candidate where id = ?").param(id).query(StoredCandidate.class).optional();
    }

    List<StoredCandidate> ofArticle(long articleId) {
        return jdbc.sql("select * from triage_candidate where article_id = ? order by passage_start").param(articleId)
                .query(StoredCandidate.class).list().stream().map(sealed::shown).toList();
    }

    /**
     * Makes a draft incident from the candidate, dated and placed as its passage says (the first date and the first
     * place named), with the article archived as its source. A passage without a date is not dated on the day the
     * article was read: the monitor gives the date ({@code date}, which also overrides the passage's).
     *
     * @throws InvalidInput naming the field (the date, the place, the category) the incident rules refuse
     */
    @Transactional
    public long accept(long id, String monitor, String date) {
        StoredCandidate candidate = undecided(id);
        if (!candidate.kind().equals("incident")) {
            throw new Conflict("conflict.candidateIsReply", id);
        }
        TriageArticle article = articles.find(candidate.articleId()).orElseThrow();
        List<Map<String, Object>> facts = facts(candidate);
        String when = date != null && !date.isBlank() ? date.strip()
                // a candidate without a date in its passage waits for the monitor's date
                : eventDate(facts, article).orElseThrow(() -> InvalidInput.of("date", "problem.candidateNoDate"));
        long source = sources.record(asSource(article), monitor);
        long incident = incidents.recordDraft(IncidentForm.draft(title(candidate.passage()), candidate.passage(), when,
                place(facts), candidate.primaryCategory(), source), null, Origin.triageCandidate(monitor, id)).id();
        for (StoredCandidate other : ofEvent(candidate.event())) {
            if (other.id() != id) {
                // the other articles about the same event become sources of the incident too
                if (other.articleId() != candidate.articleId()) {
                    long more = sources.record(asSource(articles.find(other.articleId()).orElseThrow()), monitor);
                    incidents.citeSource(incident, more, Origin.triageCandidate(monitor, other.id()));
                }
                decide(other.id(), "merged", null, monitor, incident);
            }
        }
        decide(id, "accepted", null, monitor, incident);
        return incident;
    }

    /** Whether accepting the candidate needs the monitor's date: its passage names none. */
    public boolean needsDate(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        return eventDate(facts(candidate), articles.find(candidate.articleId()).orElseThrow()).isEmpty();
    }

    /** Adds the article as one more source of an existing incident. */
    @Transactional
    public void merge(long id, long incidentId, String monitor) {
        undecided(id);
        if (!recorded.exists(incidentId)) {
            throw new NotFound("incident " + incidentId + " does not exist");
        }
        StoredCandidate candidate = find(id).orElseThrow();
        long source = sources.record(asSource(articles.find(candidate.articleId()).orElseThrow()), monitor);
        incidents.citeSource(incidentId, source, Origin.triageCandidate(monitor, id));
        decide(id, "merged", null, monitor, incidentId);
    }

    @Transactional
    public void reject(long id, String reason, String monitor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "problem.rejectionNeedsReason");
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
        TriageArticle article = articles.find(candidate.articleId()).orElseThrow();
        // only a window to search in: without a date in the passage, the day the article was read will do
        LocalDate day = eventDate(facts(candidate), article).map(d -> org.kuzet.calendar.PartialDate.parse(d).start())
                .orElse(read(article));
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

    /** An actor of the register that a name in the candidate refers to, found by alias key in either script. */
    public record LinkedActor(String written, long actorId, String name) {
    }

    public List<LinkedActor> actorsNamed(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        List<LinkedActor> linked = new ArrayList<>();
        for (Map<String, Object> fact : facts(candidate)) {
            Object kind = fact.get("kind");
            if (!"person".equals(kind) && !"outlet".equals(kind) && !"state_body".equals(kind)) {
                continue;
            }
            String written = (String) fact.get("text");
            jdbc.sql("select distinct a.id, a.name from actor a join actor_alias l on l.actor_id = a.id "
                    + "where l.key in (?, ?) order by a.id")
                    .params(fact.get("value"), org.kuzet.spelling.Spelling.key(written))
                    .query((rs, n) -> new LinkedActor(written, rs.getLong(1), rs.getString(2))).list()
                    .stream().filter(a -> linked.stream().noneMatch(l -> l.actorId() == a.actorId()))
                    .forEach(linked::add);
        }
        return linked;
    }

    private StoredCandidate undecided(long id) {
        StoredCandidate candidate = jdbc.sql("select * from triage_candidate where id = ? for update").param(id)
                .query(StoredCandidate.class).optional().map(sealed::shown)
                .orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        if (!candidate.status().equals("new")) {
            throw new Conflict("conflict.candidateDecided", id, candidate.status());
        }
        return candidate;
    }

    private void decide(long id, String status, String reason, String monitor, Long incident) {
        jdbc.sql("""
                update triage_candidate set status = ?, reason = ?, decided_by = ?, decided_at = now(), incident_id = ?
                where id = ?""").params(status, reason, monitor, incident, id).update();
        models.stale();
    }

    /**
     * The article as a source, in the fields of the source API; its text's SHA-256 is computed there. A news article
     * is a media source; a report sent through the public form is a confidential one, its reporter's name and
     * contact kept as the source's correspondent (monitors and up see them, never the public).
     */
    private ObjectNode asSource(TriageArticle article) {
        Optional<String> reporter = jdbc.sql("""
                select reporter_name, reporter_contact from triage_public_report where article_id = ?""")
                .param(article.id()).query((rs, n) -> Stream.of(
                        cipher.open(PublicReports.KIND, "name", rs.getString(1)),
                        cipher.open(PublicReports.KIND, "contact", rs.getString(2)))
                        .filter(v -> v != null && !v.isEmpty()).collect(Collectors.joining(", ")))
                .optional();
        if (reporter.isPresent()) {
            ObjectNode source = JSON.createObjectNode();
            source.put("kind", "other");
            // the report's own words stay sealed in the source's text: its title names none of them
            source.put("title", "Report told to Kuzet directly on " + read(article));
            source.put("retrieved_at", article.fetchedAt().toInstant().toString());
            source.put("archived_text", article.text());
            source.put("correspondent", reporter.get().isBlank() ? null : reporter.get());
            source.put("confidential", true);
            return source;
        }
        ObjectNode source = JSON.createObjectNode();
        source.put("kind", "media_article");
        source.put("outlet_name", article.outlet() == null || article.outlet().isBlank() ? null : article.outlet());
        source.put("title", article.title());
        source.put("url", article.url());
        source.put("retrieved_at", article.fetchedAt().toInstant().toString());
        source.put("archived_text", article.text());
        return source;
    }

    static List<Map<String, Object>> facts(StoredCandidate candidate) {
        return JSON.readValue(candidate.facts(), new TypeReference<List<Map<String, Object>>>() { });
    }

    /**
     * The event's date as the passage gives it (DateReader's values): its first full date, else its first day
     * without a year, in the year of the article (the one before, when that day is still to come when it was read),
     * else its first month, else its first year ("early 2025"). Empty when the passage names no date.
     */
    static Optional<String> eventDate(List<Map<String, Object>> facts, TriageArticle article) {
        return eventDateFact(facts).map(f -> {
            String value = (String) f.get("value");
            return value.startsWith("--") ? inYearOf(value, read(article)) : value;
        });
    }

    /** The date fact the event is dated by (see {@link #eventDate}). */
    private static Optional<Map<String, Object>> eventDateFact(List<Map<String, Object>> facts) {
        List<Map<String, Object>> dates = facts.stream().filter(f -> "date".equals(f.get("kind"))).toList();
        for (String precision : List.of("\\d{4}-\\d{2}-\\d{2}", "--\\d{2}-\\d{2}", "\\d{4}-\\d{2}", "\\d{4}")) {
            Optional<Map<String, Object>> found = dates.stream()
                    .filter(f -> ((String) f.get("value")).matches(precision))
                    .filter(f -> isADay((String) f.get("value")))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The event as the candidate's article states it: the date as written ("on 12 March", "early 2025") with its
     * value and precision (day, month or year), the place as written ("in Oral") with its gazetteer code, and the
     * people and outlets it names that are actors of the register.
     */
    public record EventFacts(String dateWritten, String date, String precision, String placeWritten, String place,
            List<LinkedActor> actors) {
    }

    public EventFacts event(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        List<Map<String, Object>> facts = facts(candidate);
        TriageArticle article = articles.find(candidate.articleId()).orElseThrow();
        Optional<Map<String, Object>> date = eventDateFact(facts);
        String value = eventDate(facts, article).orElse(null);
        Optional<Map<String, Object>> place = facts.stream().filter(f -> "place".equals(f.get("kind"))).findFirst();
        return new EventFacts(date.map(f -> (String) f.get("text")).orElse(null), value, precision(value),
                place.map(f -> (String) f.get("text")).orElse(null), place.map(f -> (String) f.get("value")).orElse(null),
                actorsNamed(id));
    }

    private static String precision(String value) {
        if (value == null) {
            return null;
        }
        return value.length() == 10 ? "day" : value.length() == 7 ? "month" : "year";
    }

    /**
     * The staff's incident form, filled from the candidate: title, summary, the category, and the event's date and
     * place as the article states them. Nothing is stored until the monitor saves; the article is then merged into
     * the new incident from the candidate's page, which cites it as a source.
     */
    public String incidentFormLink(long id) {
        StoredCandidate candidate = find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        EventFacts event = event(id);
        // the names the staff incident form reads; a field the article does not give stays empty (never today)
        org.springframework.web.util.UriComponentsBuilder link = org.springframework.web.util.UriComponentsBuilder
                .fromPath("/staff/incidents/new")
                .queryParam("title", title(candidate.passage()))
                .queryParam("summary", candidate.passage())
                .queryParam("primaryCategory", candidate.primaryCategory())
                .queryParam("candidate", id);
        if (event.date() != null) {
            link.queryParam("date", event.date());
        }
        if (event.place() != null) {
            link.queryParam("place", event.place());
        }
        return link.encode().build().toUriString();
    }

    /** The first place the passage names (a gazetteer code; the incident rules check it again). */
    static String place(List<Map<String, Object>> facts) {
        return facts.stream().filter(f -> "place".equals(f.get("kind"))).map(f -> (String) f.get("value"))
                .findFirst().orElse(null);
    }

    /** The day the article was read, in Kazakhstan. */
    private static LocalDate read(TriageArticle article) {
        return article.fetchedAt().atZoneSameInstant(Today.KAZAKHSTAN).toLocalDate();
    }

    private static String inYearOf(String monthDay, LocalDate read) {
        MonthDay day = MonthDay.parse(monthDay);
        int year = day.isAfter(MonthDay.from(read)) ? read.getYear() - 1 : read.getYear();
        return day.atYear(year).toString();
    }

    /** A day's value names a day that exists; a month's or a year's always does. */
    private static boolean isADay(String value) {
        if (value.startsWith("--")) {
            return exists("2000" + value.substring(1));
        }
        return value.length() != 10 || exists(value);
    }

    /** 31 June and the like are no day. */
    private static boolean exists(String isoDay) {
        try {
            LocalDate.parse(isoDay);
            return true;
        } catch (RuntimeException notADay) {
            return false;
        }
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
