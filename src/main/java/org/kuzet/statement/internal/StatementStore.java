package org.kuzet.statement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Texts;
import org.kuzet.reference.Filter;
import org.kuzet.reference.Paging;
import org.kuzet.reference.DateRange;
import org.kuzet.security.ActingUser;
import org.kuzet.security.Viewer;
import org.kuzet.statement.StatementChanged;
import org.kuzet.statement.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement and statement_incident tables. Links to incidents the viewer may not see (unpublished ones, for
 * the public) are left out of what is shown and of what the incident filter matches.
 */
@Repository
public class StatementStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    StatementStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new statement from a person, announced for the audit log (a dataset import calls {@link #create}). */
    @Transactional
    public long add(StatementInput input) {
        long id = create(input, null);
        announce(id, "created", null);
        return id;
    }

    /** A change from a person, announced for the audit log (a dataset import calls {@link #update}). */
    @Transactional
    void change(long id, StatementInput input) {
        Object before = record(id);
        update(id, input, null);
        announce(id, "changed", before);
    }

    /**
     * Stores the summary's translations typed beside the original; everything else stays. Announced as a change.
     *
     * @throws org.kuzet.api.InvalidInput naming each translation that is wrong; nothing is stored then
     * @throws org.kuzet.api.NotFound when there is no such statement
     */
    @Transactional
    public void translate(long id, Map<String, Texts.Translation> translations) {
        List<StatementInput> found = records(id);
        if (found.isEmpty()) {
            throw new org.kuzet.api.NotFound("No statement " + id + ".");
        }
        StatementInput now = found.getFirst();
        List<org.kuzet.core.FieldProblem> problems = new java.util.ArrayList<>();
        Texts typed = Texts.checked(now.texts().language(), null, now.summary(), translations, problems);
        if (!problems.isEmpty()) {
            throw new org.kuzet.api.InvalidInput(problems);
        }
        change(id, new StatementInput(now.externalId(), now.speaker(), now.speakerId(), now.speakerName(),
                now.speakerRole(), now.date(), now.stance(), now.venue(), now.url(), now.summary(), now.quote(),
                now.source(), now.sourceId(), now.incidents(), now.incidentIds(), typed));
    }

    /** The statement's summary with its translations, and who made it; empty when there is no such statement. */
    public Optional<Texts> texts(long id) {
        return records(id).stream().findFirst().map(StatementInput::texts);
    }

    /** The statements made within these days whose summary lacks a translation, by date; named by their speaker. */
    public List<org.kuzet.core.Untranslated> untranslated(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, speaker_name, summary, language, translations::text, made_on, date_precision
                from statement where made_on between ? and ? order by made_on, id""").params(from, to)
                .query((rs, n) -> org.kuzet.core.Untranslated.of(rs.getLong("id"), rs.getString("speaker_name"),
                        date(rs).toString(), texts(rs)))
                .list().stream().flatMap(Optional::stream).toList();
    }

    private void announce(long id, String verb, Object before) {
        events.publishEvent(new StatementChanged(id, verb, ActingUser.current(), before, record(id)));
    }

    private Object record(long id) {
        return records(id).getFirst().toRecord();
    }

    @Transactional
    long create(StatementInput input, String datasetSha256) {
        long id = jdbc.sql("""
                insert into statement (external_id, speaker_actor_id, speaker_name, speaker_role, made_on,
                                       date_precision, stance, venue, url, summary, quote, source_id, dataset_sha256,
                                       language, translations)
                values (:external_id, :speaker, :speaker_name, :speaker_role, :made_on, :precision, :stance, :venue,
                        :url, :summary, :quote, :source, :dataset_sha256, :language, cast(:translations as jsonb))
                returning id""").params(params(input, datasetSha256)).query(Long.class).single();
        jdbc.sql("update statement set external_id = 'statement/' || id where id = ? and external_id is null")
                .param(id).update();
        link(id, input.incidentIds());
        hashStored(id, datasetSha256);
        return id;
    }

    @Transactional
    void update(long id, StatementInput input, String datasetSha256) {
        jdbc.sql("""
                update statement set external_id = coalesce(:external_id, external_id), speaker_actor_id = :speaker,
                       speaker_name = :speaker_name, speaker_role = :speaker_role, made_on = :made_on,
                       date_precision = :precision, stance = :stance, venue = :venue, url = :url, summary = :summary,
                       quote = :quote, source_id = :source, dataset_sha256 = :dataset_sha256, language = :language,
                       translations = cast(:translations as jsonb), revision = revision + 1, updated_at = now()
                where id = :id""").params(params(input, datasetSha256)).param("id", id).update();
        jdbc.sql("delete from statement_incident where statement_id = ?").param(id).update();
        link(id, input.incidentIds());
        hashStored(id, datasetSha256);
    }

    private void link(long id, List<Long> incidents) {
        for (Long incident : incidents) {
            jdbc.sql("insert into statement_incident (statement_id, incident_id) values (?, ?) on conflict do nothing")
                    .params(id, incident).update();
        }
    }

    /**
     * Records the hash of what is now stored, when the content did not come from a dataset file: importing an
     * export of it later then changes nothing.
     */
    private void hashStored(long id, String datasetSha256) {
        if (datasetSha256 != null) {
            return;
        }
        String hash = org.kuzet.reference.ContentHash.ofRecord(records(id).getFirst().toRecord());
        jdbc.sql("update statement set dataset_sha256 = ? where id = ?").params(hash, id).update();
    }

    private static Map<String, Object> params(StatementInput input, String datasetSha256) {
        Map<String, Object> params = new HashMap<>();
        params.put("external_id", input.externalId());
        params.put("speaker", input.speakerId());
        params.put("speaker_name", input.speakerName());
        params.put("speaker_role", input.speakerRole());
        params.put("made_on", input.date().start());
        params.put("precision", input.date().precision().code());
        params.put("stance", input.stance());
        params.put("venue", input.venue());
        params.put("url", input.url());
        params.put("summary", input.summary());
        params.put("quote", input.quote());
        params.put("source", input.sourceId());
        params.put("dataset_sha256", datasetSha256);
        params.put("language", input.texts().language());
        params.put("translations", input.texts().translationsJson());
        return params;
    }

    Optional<Statement> find(long id, Viewer viewer) {
        return jdbc.sql("select * from statement where id = ?").param(id).query((rs, n) -> statement(rs, viewer))
                .optional();
    }

    Paging.Page<Statement> list(Long incident, Long speaker, DateRange period, String stance, Viewer viewer,
            Paging paging) {
        Filter filter = new Filter();
        if (incident != null) {
            filter.and("""
                    exists (select 1 from statement_incident si join incident i on i.id = si.incident_id
                            where si.statement_id = s.id and si.incident_id = :incident
                            and (:monitor or i.workflow_state = 'published'))""", "incident", incident,
                    "monitor", viewer.isMonitor());
        }
        if (speaker != null) {
            filter.and("s.speaker_actor_id = :speaker", "speaker", speaker);
        }
        if (period.from() != null) {
            filter.and("s.made_on >= :from", "from", period.from());
        }
        if (period.to() != null) {
            filter.and("s.made_on <= :to", "to", period.to());
        }
        if (stance != null) {
            filter.and("s.stance = :stance", "stance", stance);
        }
        long total = jdbc.sql("select count(*) from statement s" + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<Statement> items = jdbc.sql("select s.* from statement s" + filter.where()
                        + " order by s.made_on, s.id limit :limit offset :offset")
                .params(filter.params()).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> statement(rs, viewer)).list();
        return paging.page(items, total);
    }

    public List<Statements.Reply> repliesTo(long incident, String lang) {
        return jdbc.sql("""
                        select s.id, s.speaker_name, s.speaker_role, s.made_on, s.date_precision, s.stance, s.quote,
                               s.url, shown_text(s.summary, s.translations, 'summary', :lang) as summary,
                               shown_language(s.language, s.translations, 'summary', :lang) as summary_language
                        from statement_incident x join statement s on s.id = x.statement_id
                        where x.incident_id = :incident order by s.made_on, s.id""")
                .param("incident", incident).param("lang", lang)
                .query((rs, n) -> new Statements.Reply(rs.getLong("id"), rs.getString("speaker_name"),
                        rs.getString("speaker_role"), date(rs), rs.getString("stance"), rs.getString("summary"),
                        rs.getString("summary_language"), rs.getString("quote"), rs.getString("url")))
                .list();
    }

    Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from statement where external_id = ?").param(externalId).query(Long.class)
                .optional();
    }

    Optional<String> datasetHash(long id) {
        return jdbc.sql("select dataset_sha256 from statement where id = ?").param(id).query(String.class)
                .optional();
    }

    List<StatementInput> all() {
        return records(null);
    }

    /** The stored content of one record (or of all, for a null id) in the dataset format. */
    List<StatementInput> records(Long id) {
        return jdbc.sql("""
                select s.*, a.external_id as speaker_ref, src.external_id as source_ref,
                       coalesce((select array_remove(array_agg(i.external_id), null) from statement_incident si
                                 join incident i on i.id = si.incident_id where si.statement_id = s.id), '{}') as refs
                from statement s left join actor a on a.id = s.speaker_actor_id
                left join source src on src.id = s.source_id
                where (cast(:id as bigint) is null or s.id = :id) order by s.id""")
                .param("id", id)
                .query((rs, n) -> new StatementInput(rs.getString("external_id"), rs.getString("speaker_ref"),
                        rs.getObject("speaker_actor_id", Long.class), rs.getString("speaker_name"),
                        rs.getString("speaker_role"), date(rs), rs.getString("stance"), rs.getString("venue"),
                        rs.getString("url"), rs.getString("summary"), rs.getString("quote"),
                        rs.getString("source_ref"), rs.getObject("source_id", Long.class),
                        java.util.stream.Stream.of((String[]) rs.getArray("refs").getArray()).sorted().toList(),
                        List.of(), texts(rs)))
                .list();
    }

    private Statement statement(ResultSet rs, Viewer viewer) throws SQLException {
        long id = rs.getLong("id");
        List<Long> incidents = jdbc.sql("""
                select si.incident_id from statement_incident si join incident i on i.id = si.incident_id
                where si.statement_id = ? and (? or i.workflow_state = 'published') order by si.incident_id""")
                .params(id, viewer.isMonitor()).query(Long.class).list();
        return new Statement(id, rs.getString("external_id"), rs.getObject("speaker_actor_id", Long.class),
                rs.getString("speaker_name"), rs.getString("speaker_role"), date(rs).toString(),
                rs.getString("stance"), rs.getString("venue"), rs.getString("url"), rs.getString("summary"),
                rs.getString("quote"), rs.getObject("source_id", Long.class), incidents, rs.getInt("revision"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("language"), texts(rs).translations());
    }

    private static Texts texts(ResultSet rs) throws SQLException {
        return Texts.stored(rs.getString("language"), null, rs.getString("summary"), rs.getString("translations"));
    }

    private static PartialDate date(ResultSet rs) throws SQLException {
        return PartialDate.of(rs.getObject("made_on", LocalDate.class), rs.getString("date_precision"));
    }
}
