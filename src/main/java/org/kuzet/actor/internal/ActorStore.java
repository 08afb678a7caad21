package org.kuzet.actor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.core.Texts;
import java.util.Map;
import java.util.Optional;
import org.kuzet.actor.Actor;
import org.kuzet.actor.ActorChanged;
import org.kuzet.reference.ContentHash;
import org.kuzet.reference.Filter;
import org.kuzet.reference.Paging;
import org.kuzet.security.ActingUser;
import org.kuzet.spelling.Spelling;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actor and actor_alias tables. The name is stored as an alias too, so one key lookup finds an actor by its
 * name or any alias; keys are folded here, in Java, by {@link Spelling}.
 */
@Repository
public class ActorStore {

    private static final String COLUMNS = """
            a.id, a.external_id, a.kind, a.actor_type, a.name, a.description, a.revision, a.created_at, a.updated_at,
            a.language, a.translations::text as translations,
            coalesce((select array_agg(x.alias order by x.alias) from actor_alias x
                      where x.actor_id = a.id and x.alias <> a.name), '{}') as aliases""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ActorStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new actor from the API, announced for the audit log (a dataset import calls {@link #create} instead). */
    @Transactional
    long add(ActorInput input) {
        long id = create(input, null);
        announce(id, "created", null);
        return id;
    }

    /** A change from the API, announced for the audit log (a dataset import calls {@link #update} instead). */
    @Transactional
    void change(long id, ActorInput input) {
        Object before = record(id);
        update(id, input, null);
        announce(id, "changed", before);
    }

    /**
     * Stores the description's translations typed beside the original; everything else stays. Announced as a
     * change.
     *
     * @throws org.kuzet.api.InvalidInput naming each translation that is wrong; nothing is stored then
     * @throws org.kuzet.api.NotFound when there is no such actor
     */
    @Transactional
    public void translate(long id, Map<String, Texts.Translation> translations) {
        ActorInput now = ActorInput.of(find(id).orElseThrow(() -> new org.kuzet.api.NotFound("No actor " + id + ".")));
        List<org.kuzet.core.FieldProblem> problems = new ArrayList<>();
        Texts typed = Texts.checked(now.texts().language(), null, now.description(), translations, problems);
        if (!problems.isEmpty()) {
            throw new org.kuzet.api.InvalidInput(problems);
        }
        change(id, new ActorInput(now.externalId(), now.kind(), now.actorType(), now.name(), now.aliases(),
                now.description(), typed));
    }

    /**
     * The actors a report of these days names (victims and perpetrators of its published incidents, speakers of
     * its statements) whose description lacks a translation, by name.
     */
    public List<org.kuzet.core.Untranslated> untranslated(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                select a.id, a.name, a.description, a.language, a.translations::text from actor a
                where a.description <> '' and a.id in (
                    select v.actor_id from incident_victim v join incident i on i.id = v.incident_id
                    where i.workflow_state = 'published' and i.occurred_on between :from and :to
                    union select x.actor_id from incident_perpetrator x join incident i on i.id = x.incident_id
                    where i.workflow_state = 'published' and i.occurred_on between :from and :to
                    union select s.speaker_actor_id from statement s where s.made_on between :from and :to)
                order by a.name, a.id""").param("from", from).param("to", to)
                .query((rs, n) -> org.kuzet.core.Untranslated.of(rs.getLong("id"), rs.getString("name"), "",
                        Texts.stored(rs.getString("language"), null, rs.getString("description"),
                                rs.getString("translations"))))
                .list().stream().flatMap(Optional::stream).toList();
    }

    private void announce(long id, String verb, Object before) {
        events.publishEvent(new ActorChanged(id, verb, ActingUser.current(), before, record(id)));
    }

    private Object record(long id) {
        return ActorInput.of(find(id).orElseThrow()).toRecord();
    }

    @Transactional
    long create(ActorInput input, String datasetSha256) {
        long id = jdbc.sql("""
                insert into actor (external_id, kind, actor_type, name, description, dataset_sha256, language,
                    translations)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""")
                .params(input.externalId(), input.kind(), input.actorType(), input.name(), input.description(),
                        datasetSha256, input.texts().language(), input.texts().translationsJson())
                .query(Long.class).single();
        // every actor gets a stable external id, so that an export can be imported elsewhere and back
        jdbc.sql("update actor set external_id = 'actor/' || id where id = ? and external_id is null").param(id)
                .update();
        writeAliases(id, input);
        hashStored(id, datasetSha256);
        return id;
    }

    @Transactional
    void update(long id, ActorInput input, String datasetSha256) {
        jdbc.sql("""
                update actor set external_id = coalesce(?, external_id), kind = ?, actor_type = ?, name = ?,
                       description = ?, dataset_sha256 = ?, language = ?, translations = ?::jsonb,
                       revision = revision + 1, updated_at = now()
                where id = ?""")
                .params(input.externalId(), input.kind(), input.actorType(), input.name(), input.description(),
                        datasetSha256, input.texts().language(), input.texts().translationsJson(), id)
                .update();
        jdbc.sql("delete from actor_alias where actor_id = ?").param(id).update();
        writeAliases(id, input);
        hashStored(id, datasetSha256);
    }

    /**
     * Records the hash of what is now stored, when the content did not come from a dataset file: importing an
     * export of it later then changes nothing.
     */
    private void hashStored(long id, String datasetSha256) {
        if (datasetSha256 != null) {
            return;
        }
        String hash = ContentHash.ofRecord(ActorInput.of(find(id).orElseThrow()).toRecord());
        jdbc.sql("update actor set dataset_sha256 = ? where id = ?").params(hash, id).update();
    }

    private void writeAliases(long id, ActorInput input) {
        List<String> all = new ArrayList<>();
        all.add(input.name());
        all.addAll(input.aliases());
        for (String alias : all) {
            jdbc.sql("insert into actor_alias (actor_id, alias, key) values (?, ?, ?) on conflict do nothing")
                    .params(id, alias, Spelling.key(alias)).update();
        }
    }

    public Optional<Actor> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from actor a where a.id = ?").param(id).query(ActorStore::actor)
                .optional();
    }

    Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from actor where external_id = ?").param(externalId).query(Long.class).optional();
    }

    Optional<String> datasetHash(long id) {
        return jdbc.sql("select dataset_sha256 from actor where id = ?").param(id).query(String.class).optional();
    }

    /** Actors whose name or an alias, folded, equals the key or has a word starting with it. */
    Paging.Page<Actor> search(String q, String kind, String type, Paging paging) {
        Filter filter = new Filter();
        if (q != null) {
            String key = Spelling.key(q);
            filter.and("""
                    exists (select 1 from actor_alias x where x.actor_id = a.id
                            and (x.key like :prefix or x.key like :word))""",
                    "prefix", key + "%", "word", "% " + key + "%");
        }
        if (kind != null) {
            filter.and("a.kind = :kind", "kind", kind);
        }
        if (type != null) {
            filter.and("a.actor_type = :type", "type", type);
        }
        String where = filter.where();
        Map<String, Object> params = filter.params();
        long total = jdbc.sql("select count(*) from actor a" + where).params(params).query(Long.class).single();
        List<Actor> items = jdbc.sql("select " + COLUMNS + " from actor a" + where
                        + " order by a.name, a.id limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(ActorStore::actor).list();
        return paging.page(items, total);
    }

    /** Names of the actors with an alias whose key starts with the given one, in name order. */
    public List<String> namesByKeyPrefix(String prefix, int limit) {
        return jdbc.sql("""
                select a.name from actor a
                where exists (select 1 from actor_alias x where x.actor_id = a.id and x.key like :prefix)
                order by a.name limit :limit""").param("prefix", prefix + "%").param("limit", limit)
                .query(String.class).list();
    }

    public List<Long> idsByKey(String key) {
        return jdbc.sql("select distinct actor_id from actor_alias where key = ? order by actor_id").param(key)
                .query(Long.class).list();
    }

    public Optional<String> name(long id) {
        return jdbc.sql("select name from actor where id = ?").param(id).query(String.class).optional();
    }

    List<Actor> all() {
        return jdbc.sql("select " + COLUMNS + " from actor a order by a.id").query(ActorStore::actor).list();
    }

    private static Actor actor(ResultSet rs, int row) throws SQLException {
        String[] aliases = (String[]) rs.getArray("aliases").getArray();
        return new Actor(rs.getLong("id"), rs.getString("external_id"), rs.getString("kind"),
                rs.getString("actor_type"), rs.getString("name"), List.of(aliases).stream().sorted().toList(),
                rs.getString("description"),
                rs.getInt("revision"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("language"),
                Texts.stored(rs.getString("language"), null, rs.getString("description"),
                        rs.getString("translations")).translations());
    }
}
