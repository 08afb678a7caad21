package org.kuzet.legalcase;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Languages;
import org.kuzet.core.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Legal cases in the database: the case row, its parties, incident links and timeline are stored together. */
@Repository
public class LegalCases {

    /** The table whose revision versions a case (see {@link org.kuzet.reference.Revisions}). */
    public static final String TABLE = "legal_case";

    /** A case as the staff list shows it: its title in the language asked for, or the original in its own. */
    public record Row(long id, String title, String titleLanguage, String kind, String stage, PartialDate openedOn,
                      Long claimedKzt, Long collectedKzt) {
    }

    /**
     * A case linked to an incident, with its original title, its money in exact tenge and whether the public may see
     * it ({@link #isPublic}).
     */
    /** @param texts the title with its language and translations (the title itself is the original) */
    public record Linked(long id, String externalId, String title, String kind, String stage, PartialDate openedOn,
                         Long claimedKzt, Long awardedKzt, Long collectedKzt, boolean isPublic, Texts texts) {
    }

    private final JdbcClient jdbc;

    LegalCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new case; returns it with its id. */
    public LegalCase add(LegalCase legalCase, String contentHash) {
        CaseFacts f = legalCase.facts();
        Object[] stored = jdbc.sql("""
                insert into legal_case (external_id, title, kind, stage, basis, court, opened_on, opened_precision,
                    direction, honour_and_dignity, claimed_kzt, awarded_kzt, collected_kzt, content_hash, language,
                    translations)
                values (:ext, :title, :kind, :stage, :basis, :court, :opened, :precision, :direction, :honour,
                    :claimed, :awarded, :collected, :hash, :language, cast(:translations as jsonb))
                returning id, created_at""")
                .param("language", f.texts().language()).param("translations", f.texts().translationsJson())
                .param("ext", f.externalId()).param("title", f.title()).param("kind", f.kind())
                .param("stage", legalCase.stage().code()).param("basis", f.basis()).param("court", f.court())
                .param("opened", Date.valueOf(f.openedOn().start()))
                .param("precision", f.openedOn().precision().code()).param("direction", f.direction())
                .param("honour", f.honourAndDignity()).param("claimed", f.claimedKzt())
                .param("awarded", legalCase.awardedKzt()).param("collected", legalCase.collectedKzt())
                .param("hash", contentHash)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class)}).single();
        long id = (Long) stored[0];
        // the steps that come with a new case were recorded with it: they do not make it "updated"
        OffsetDateTime created = (OffsetDateTime) stored[1];
        writeChildren(id, legalCase, e -> created);
        return legalCase.withId(id);
    }

    /** Replaces everything about the case with {@code id} (an edit or a re-import); the revision goes up. */
    public void replace(long id, LegalCase legalCase, String contentHash) {
        CaseFacts f = legalCase.facts();
        jdbc.sql("""
                update legal_case set external_id = coalesce(:ext, external_id), title = :title, kind = :kind,
                    stage = :stage, basis = :basis, court = :court, opened_on = :opened, opened_precision = :precision,
                    direction = :direction, honour_and_dignity = :honour, claimed_kzt = :claimed,
                    awarded_kzt = :awarded, collected_kzt = :collected, content_hash = :hash, language = :language,
                    translations = cast(:translations as jsonb), revision = revision + 1, updated_at = now()
                where id = :id""")
                .param("language", f.texts().language()).param("translations", f.texts().translationsJson())
                .param("ext", f.externalId()).param("title", f.title()).param("kind", f.kind())
                .param("stage", legalCase.stage().code()).param("basis", f.basis()).param("court", f.court())
                .param("opened", Date.valueOf(f.openedOn().start()))
                .param("precision", f.openedOn().precision().code()).param("direction", f.direction())
                .param("honour", f.honourAndDignity()).param("claimed", f.claimedKzt())
                .param("awarded", legalCase.awardedKzt()).param("collected", legalCase.collectedKzt())
                .param("hash", contentHash).param("id", id)
                .update();
        // a step kept through the edit keeps when it was recorded; a new or changed one is recorded now
        Map<CaseEvent, Deque<OffsetDateTime>> recorded = new HashMap<>();
        jdbc.sql("""
                select occurred_on, date_precision, kind, description, in_favour_of_media, amount_kzt, recorded_at
                from legal_case_event where case_id = ? order by position""").param(id)
                .query(rs -> {
                    recorded.computeIfAbsent(event(rs), e -> new ArrayDeque<>())
                            .add(rs.getObject("recorded_at", OffsetDateTime.class));
                });
        for (String table : List.of("legal_case_party", "legal_case_incident", "legal_case_event")) {
            jdbc.sql("delete from " + table + " where case_id = ?").param(id).update();
        }
        writeChildren(id, legalCase, e -> {
            Deque<OffsetDateTime> times = recorded.get(e);
            return times == null ? null : times.poll();
        });
    }

    /** Saves the state after a new event: stage, money and the appended event. */
    void saveProgress(LegalCase legalCase) {
        jdbc.sql("""
                update legal_case set stage = ?, awarded_kzt = ?, collected_kzt = ?, revision = revision + 1,
                    updated_at = now() where id = ?""")
                .params(legalCase.stage().code(), legalCase.awardedKzt(), legalCase.collectedKzt(), legalCase.id())
                .update();
        List<CaseEvent> events = legalCase.events();
        insertEvent(legalCase.id(), events.size() - 1, events.getLast(), null);
    }

    /**
     * Adds the link to the incident unless it is there; only a new link counts as a revision of the case.
     *
     * @return whether the link is new
     */
    boolean link(long caseId, long incidentId) {
        int added = jdbc.sql("""
                insert into legal_case_incident (case_id, incident_id) values (?, ?) on conflict do nothing""")
                .params(caseId, incidentId).update();
        if (added > 0) {
            jdbc.sql("update legal_case set revision = revision + 1, updated_at = now() where id = ?").param(caseId)
                    .update();
        }
        return added > 0;
    }

    public Optional<LegalCase> find(long id) {
        return jdbc.sql("""
                select id, external_id, title, kind, stage, basis, court, opened_on, opened_precision, direction,
                    honour_and_dignity, claimed_kzt, awarded_kzt, collected_kzt, language, translations::text
                from legal_case where id = ?""")
                .param(id)
                .query((rs, n) -> new LegalCase(rs.getLong("id"), new CaseFacts(rs.getString("external_id"),
                        rs.getString("title"), rs.getString("kind"), rs.getString("basis"), rs.getString("court"),
                        PartialDate.of(rs.getDate("opened_on").toLocalDate(), rs.getString("opened_precision")),
                        rs.getString("direction"), rs.getBoolean("honour_and_dignity"),
                        (Long) rs.getObject("claimed_kzt"), parties(id), incidents(id),
                        Texts.stored(rs.getString("language"), rs.getString("title"), "",
                                rs.getString("translations"))),
                        Stage.ofCode(rs.getString("stage")).orElseThrow(), (Long) rs.getObject("awarded_kzt"),
                        (Long) rs.getObject("collected_kzt"), events(id)))
                .optional();
    }

    /**
     * The cases a report of these days quotes (opened in them, or with an event in them other than a deadline set)
     * whose title lacks a translation, by the day they were opened.
     */
    public List<org.kuzet.core.Untranslated> untranslated(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select c.id, c.title, c.language, c.translations::text, c.opened_on, c.opened_precision
                from legal_case c
                where c.opened_on between :from and :to
                   or exists (select 1 from legal_case_event e where e.case_id = c.id and e.kind <> 'deadline'
                              and e.occurred_on between :from and :to)
                order by c.opened_on, c.id""").param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> org.kuzet.core.Untranslated.of(rs.getLong("id"), rs.getString("title"),
                        PartialDate.of(rs.getObject("opened_on", LocalDate.class), rs.getString("opened_precision"))
                                .toString(), Texts.stored(rs.getString("language"), rs.getString("title"), "",
                                rs.getString("translations"))))
                .list().stream().flatMap(Optional::stream).toList();
    }

    /** Stores the title's translations (the original stays); the revision goes up, as after any edit. */
    void translate(long id, Texts texts) {
        jdbc.sql("""
                update legal_case set translations = cast(? as jsonb), content_hash = null, revision = revision + 1,
                    updated_at = now() where id = ?""").params(texts.translationsJson(), id).update();
    }

    /** Who on the staff follows the case; empty while nobody does. */
    public Optional<String> assignee(long id) {
        return jdbc.sql("select assigned_to from legal_case where id = ?").param(id).query(String.class).list()
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Holds the case's row until the transaction ends; empty when there is no such case. */
    Optional<Long> lock(long id) {
        return jdbc.sql("select id from legal_case where id = ? for update").param(id).query(Long.class).optional();
    }

    void assign(long id, String assignee) {
        jdbc.sql("update legal_case set assigned_to = ? where id = ?").params(assignee, id).update();
    }

    /**
     * The cases not closed that this person follows ({@code null}: that nobody follows), newest first; each title
     * in {@code lang} where translated, else the original with its language.
     */
    public List<Row> heldBy(String username, String lang) {
        String who = username == null ? "assigned_to is null" : "assigned_to = :who";
        var query = jdbc.sql(ROW + " from legal_case where stage <> 'closed' and " + who
                + " order by opened_on desc, id desc limit 500").param("lang", Languages.orEnglish(lang));
        return (username == null ? query : query.param("who", username)).query(LegalCases::row).list();
    }

    /**
     * The cases the selection finds, newest first, at most {@code limit}; each title in {@code lang} where
     * translated, else the original with its language.
     */
    public List<Row> matching(CaseSelection selection, int limit, String lang) {
        return selected(ROW, selection, " order by opened_on desc, id desc limit :limit").param("limit", limit)
                .param("lang", Languages.orEnglish(lang)).query(LegalCases::row).list();
    }

    /** How many cases the selection finds. */
    public long count(CaseSelection selection) {
        return selected("select count(*)", selection, "").query(Long.class).single();
    }

    /** Every case the selection finds, newest first: "all that match" of a bulk action. */
    public List<Long> idsMatching(CaseSelection selection) {
        return selected("select id", selection, " order by opened_on desc, id desc").query(Long.class).list();
    }

    private JdbcClient.StatementSpec selected(String columns, CaseSelection s, String tail) {
        // a condition whose parameter is null holds for every case
        return jdbc.sql(columns + """
                         from legal_case
                        where (cast(:kind as text) is null or kind = cast(:kind as text))
                          and (cast(:stage as text) is null or stage = cast(:stage as text))
                          and (cast(:q as text) is null or strpos(lower(title), lower(cast(:q as text))) > 0
                               or strpos(lower(translations::text), lower(cast(:q as text))) > 0
                               or strpos(lower(coalesce(external_id, '')), lower(cast(:q as text))) > 0)""" + tail)
                .param("kind", s.kind()).param("stage", s.stage()).param("q", s.q());
    }

    /** A row's columns: the title shown in :lang (shown_text, R__core_texts.sql) and the language it is in. */
    private static final String ROW = """
            select id, shown_text(title, translations, 'title', :lang) as title,
                   shown_language(language, translations, 'title', :lang) as title_language,
                   kind, stage, opened_on, opened_precision, claimed_kzt, collected_kzt""";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("title_language"),
                rs.getString("kind"), rs.getString("stage"),
                PartialDate.of(rs.getObject("opened_on", LocalDate.class), rs.getString("opened_precision")),
                (Long) rs.getObject("claimed_kzt"), (Long) rs.getObject("collected_kzt"));
    }

    /** Hearings and deadlines from the given day on, soonest first. */
    List<ScheduledCaseEvent> scheduledFrom(LocalDate day, int limit) {
        return jdbc.sql("""
                select c.id, c.title, e.occurred_on, e.date_precision, e.kind, e.description from legal_case_event e
                join legal_case c on c.id = e.case_id
                where e.kind in ('hearing', 'deadline') and e.occurred_on >= ?
                order by e.occurred_on, c.id, e.position limit ?""")
                .params(day, limit)
                .query((rs, n) -> new ScheduledCaseEvent(rs.getLong("id"), rs.getString("title"),
                        PartialDate.of(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                        rs.getString("kind"), rs.getString("description")))
                .list();
    }

    public Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from legal_case where external_id = ?").param(externalId).query(Long.class)
                .optional();
    }

    public Optional<String> contentHash(long id) {
        return jdbc.sql("select content_hash from legal_case where id = ?").param(id).query(String.class).optional();
    }

    /**
     * Whether the public may see the case: court matters are public, but a case linked to an incident that is not
     * published would reveal that incident, so such a case stays in the staff workspace.
     */
    public boolean isPublic(long id) {
        return jdbc.sql("""
                select not exists (select 1 from legal_case_incident ci join incident i on i.id = ci.incident_id
                                   where ci.case_id = ? and i.workflow_state <> 'published')""")
                .param(id).query(Boolean.class).single();
    }

    /** The cases linked to the incident, first opened first. */
    public List<Linked> linkedTo(long incident) {
        return jdbc.sql("""
                        select c.id, c.external_id, c.title, c.kind, c.stage, c.opened_on, c.opened_precision,
                               c.claimed_kzt, c.awarded_kzt, c.collected_kzt, c.language, c.translations::text,
                               not exists (select 1 from legal_case_incident o join incident i on i.id = o.incident_id
                                           where o.case_id = c.id and i.workflow_state <> 'published') as public
                        from legal_case_incident x join legal_case c on c.id = x.case_id
                        where x.incident_id = ? order by c.opened_on, c.id""").param(incident)
                .query((rs, n) -> new Linked(rs.getLong("id"), rs.getString("external_id"), rs.getString("title"),
                        rs.getString("kind"), rs.getString("stage"),
                        PartialDate.of(rs.getObject("opened_on", LocalDate.class), rs.getString("opened_precision")),
                        (Long) rs.getObject("claimed_kzt"), (Long) rs.getObject("awarded_kzt"),
                        (Long) rs.getObject("collected_kzt"), rs.getBoolean("public"),
                        Texts.stored(rs.getString("language"), rs.getString("title"), "", rs.getString("translations"))))
                .list();
    }

    public List<Long> ids() {
        return jdbc.sql("select id from legal_case order by id").query(Long.class).list();
    }

    /**
     * When the case's timeline last grew after the case was first recorded: the day its page says "updated"; empty
     * while every step is one it was recorded with.
     */
    public Optional<Instant> updatedAt(long id) {
        return jdbc.sql("""
                select max(e.recorded_at) from legal_case_event e join legal_case c on c.id = e.case_id
                where e.case_id = ? and e.recorded_at > c.created_at""")
                .param(id).query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single()
                .map(OffsetDateTime::toInstant);
    }

    /** Writes the case's parties, incident links and timeline, each step recorded when {@code recordedAt} says (null: now). */
    private void writeChildren(long id, LegalCase legalCase, Function<CaseEvent, OffsetDateTime> recordedAt) {
        List<CaseParty> parties = legalCase.facts().parties();
        for (int i = 0; i < parties.size(); i++) {
            CaseParty p = parties.get(i);
            jdbc.sql("insert into legal_case_party (case_id, position, actor_id, name, role) values (?, ?, ?, ?, ?)")
                    .params(id, i, p.actorId(), p.name(), p.role()).update();
        }
        for (Long incident : legalCase.facts().incidentIds()) {
            jdbc.sql("insert into legal_case_incident (case_id, incident_id) values (?, ?)").params(id, incident)
                    .update();
        }
        List<CaseEvent> events = legalCase.events();
        for (int i = 0; i < events.size(); i++) {
            insertEvent(id, i, events.get(i), recordedAt.apply(events.get(i)));
        }
    }

    private void insertEvent(long id, int position, CaseEvent e, OffsetDateTime recordedAt) {
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description,
                    in_favour_of_media, amount_kzt, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(cast(? as timestamptz), now()))""")
                .params(id, position, Date.valueOf(e.date().start()), e.date().precision().code(), e.kind().code(),
                        e.description(), e.inFavourOfMedia(), e.amountKzt(), recordedAt)
                .update();
    }

    private List<CaseParty> parties(long id) {
        return jdbc.sql("select actor_id, name, role from legal_case_party where case_id = ? order by position")
                .param(id)
                .query((rs, n) -> new CaseParty((Long) rs.getObject("actor_id"), rs.getString("name"),
                        rs.getString("role")))
                .list();
    }

    private List<Long> incidents(long id) {
        return jdbc.sql("select incident_id from legal_case_incident where case_id = ? order by incident_id")
                .param(id).query(Long.class).list();
    }

    private List<CaseEvent> events(long id) {
        return jdbc.sql("""
                select occurred_on, date_precision, kind, description, in_favour_of_media, amount_kzt
                from legal_case_event where case_id = ? order by position""")
                .param(id)
                .query((rs, n) -> event(rs))
                .list();
    }

    private static CaseEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseEvent(PartialDate.of(rs.getDate("occurred_on").toLocalDate(), rs.getString("date_precision")),
                EventKind.ofCode(rs.getString("kind")).orElseThrow(), rs.getString("description"),
                (Boolean) rs.getObject("in_favour_of_media"), (Long) rs.getObject("amount_kzt"));
    }
}
