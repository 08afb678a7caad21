package org.kuzet.context.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The context_event table; a draft (from an archived report) has no published_at until a monitor publishes it. */
@Repository
class ContextEventStore {

    private final JdbcClient jdbc;

    ContextEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new event: a draft when the input says so (a dataset file's), else published. */
    @Transactional
    long create(ContextEventInput input, String datasetSha256) {
        return create(input, datasetSha256, Boolean.TRUE.equals(input.draft()));
    }

    /** A draft: not published until a monitor has reviewed it. */
    @Transactional
    long createDraft(ContextEventInput input) {
        return create(input, null, true);
    }

    private long create(ContextEventInput input, String datasetSha256, boolean draft) {
        long id = jdbc.sql("""
                insert into context_event (external_id, occurred_on, date_precision, place_code, kind, title,
                                           description, url, source_id, dataset_sha256, published_at, language,
                                           translations)
                values (:external_id, :occurred_on, :precision, :place, :kind, :title, :description, :url, :source,
                        :dataset_sha256, case when :draft then null else now() end, :language,
                        cast(:translations as jsonb))
                returning id""").params(params(input, datasetSha256)).param("draft", draft).query(Long.class)
                .single();
        jdbc.sql("update context_event set external_id = 'context/' || id where id = ? and external_id is null")
                .param(id).update();
        hashStored(id, datasetSha256);
        return id;
    }

    /**
     * Writes the input over the event. A state the input gives (a dataset file's) is taken: a draft is published;
     * a published event is never made a draft again (the public may have seen it, a report may count it beside).
     */
    @Transactional
    void update(long id, ContextEventInput input, String datasetSha256) {
        boolean storedDraft = find(id).map(ContextEvent::isDraft).orElse(false);
        if (Boolean.TRUE.equals(input.draft()) && !storedDraft) {
            throw new org.kuzet.api.Conflict("conflict.contextEventUnpublish", input.externalId());
        }
        jdbc.sql("""
                update context_event set external_id = coalesce(:external_id, external_id),
                       occurred_on = :occurred_on, date_precision = :precision, place_code = :place, kind = :kind,
                       title = :title, description = :description, url = :url, source_id = :source,
                       dataset_sha256 = :dataset_sha256, language = :language,
                       translations = cast(:translations as jsonb), revision = revision + 1, updated_at = now(),
                       published_by = case when :publish and published_at is null then 'import' else published_by end,
                       published_at = case when :publish then coalesce(published_at, now()) else published_at end
                where id = :id""").params(params(input, datasetSha256)).param("id", id)
                .param("publish", Boolean.FALSE.equals(input.draft()) && storedDraft).update();
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
        String hash = org.kuzet.reference.ContentHash.ofRecord(records(id).getFirst().toRecord());
        jdbc.sql("update context_event set dataset_sha256 = ? where id = ?").params(hash, id).update();
    }

    private static Map<String, Object> params(ContextEventInput input, String datasetSha256) {
        Map<String, Object> params = new HashMap<>();
        params.put("external_id", input.externalId());
        params.put("occurred_on", input.date().start());
        params.put("precision", input.date().precision().code());
        params.put("place", input.place());
        params.put("kind", input.kind());
        params.put("title", input.title());
        params.put("description", input.description());
        params.put("url", input.url());
        params.put("source", input.sourceId());
        params.put("dataset_sha256", datasetSha256);
        params.put("language", input.texts().language());
        params.put("translations", input.texts().translationsJson());
        return params;
    }

    /** An event on the same date (and precision) under the same title, letter case aside. */
    Optional<Long> sameEvent(ContextEventInput input) {
        return jdbc.sql("""
                select id from context_event where occurred_on = ? and date_precision = ? and lower(title) = lower(?)
                order by id limit 1""")
                .params(input.date().start(), input.date().precision().code(), input.title()).query(Long.class)
                .optional();
    }

    /** Publishes a draft; false when there is no draft of that id. */
    boolean publish(long id, String by) {
        boolean published = jdbc.sql("""
                update context_event set published_at = now(), published_by = ?, revision = revision + 1,
                       updated_at = now()
                where id = ? and published_at is null""").params(by, id).update() == 1;
        if (published) {
            // its record in the dataset format changed (no longer a draft): an export of it imports unchanged
            hashStored(id, null);
        }
        return published;
    }

    List<org.kuzet.context.ContextDraft> drafts() {
        return jdbc.sql("select * from context_event where published_at is null order by occurred_on, id")
                .query((rs, n) -> new org.kuzet.context.ContextDraft(rs.getLong("id"), date(rs).toString(),
                        rs.getString("place_code"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("description"), rs.getObject("source_id", Long.class)))
                .list();
    }

    Optional<ContextEvent> find(long id) {
        return jdbc.sql("select * from context_event where id = ?").param(id).query(ContextEventStore::event)
                .optional();
    }

    /** Events in the period, of the kind, at any of the places (a region and everything within it). */
    Paging.Page<ContextEvent> list(DateRange period, String kind, List<String> places, boolean drafts,
            Paging paging) {
        Filter filter = new Filter();
        if (!drafts) {
            filter.and("e.published_at is not null");
        }
        if (period.from() != null) {
            filter.and("e.occurred_on >= :from", "from", period.from());
        }
        if (period.to() != null) {
            filter.and("e.occurred_on <= :to", "to", period.to());
        }
        if (kind != null) {
            filter.and("e.kind = :kind", "kind", kind);
        }
        if (places != null) {
            filter.and("e.place_code in (:places)", "places", places);
        }
        long total = jdbc.sql("select count(*) from context_event e" + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<ContextEvent> items = jdbc.sql("select e.* from context_event e" + filter.where()
                        + " order by e.occurred_on, e.id limit :limit offset :offset")
                .params(filter.params()).param("limit", paging.size()).param("offset", paging.offset())
                .query(ContextEventStore::event).list();
        return paging.page(items, total);
    }

    Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from context_event where external_id = ?").param(externalId).query(Long.class)
                .optional();
    }

    Optional<String> datasetHash(long id) {
        return jdbc.sql("select dataset_sha256 from context_event where id = ?").param(id).query(String.class)
                .optional();
    }

    List<ContextEventInput> all() {
        return records(null);
    }

    /** The stored content of one record (or of all, for a null id) in the dataset format. */
    List<ContextEventInput> records(Long id) {
        return jdbc.sql("""
                select e.*, s.external_id as source_ref from context_event e left join source s on s.id = e.source_id
                where (cast(:id as bigint) is null or e.id = :id) order by e.id""")
                .param("id", id).query((rs, n) -> new ContextEventInput(rs.getString("external_id"), date(rs),
                        rs.getString("place_code"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("description"), rs.getString("url"), rs.getString("source_ref"),
                        rs.getObject("source_id", Long.class), texts(rs), rs.getTimestamp("published_at") == null))
                .list();
    }

    private static ContextEvent event(ResultSet rs, int row) throws SQLException {
        return new ContextEvent(rs.getLong("id"), rs.getString("external_id"), date(rs).toString(),
                rs.getString("place_code"), rs.getString("kind"), rs.getString("title"), rs.getString("description"),
                rs.getString("url"), rs.getObject("source_id", Long.class), rs.getInt("revision"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("published_at") == null ? "draft" : "published", rs.getString("language"),
                texts(rs).translations());
    }

    private static Texts texts(ResultSet rs) throws SQLException {
        return Texts.stored(rs.getString("language"), rs.getString("title"), rs.getString("description"),
                rs.getString("translations"));
    }

    private static PartialDate date(ResultSet rs) throws SQLException {
        return PartialDate.of(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision"));
    }
}
