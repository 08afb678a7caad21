package org.kuzet.source.internal;

import org.kuzet.source.Source;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.calendar.PartialDate;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.reference.Filter;
import org.kuzet.reference.Paging;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source table. Who may see which source is decided here, in SQL, so that no list or lookup can forget it:
 * the public sees only sources of published incidents and those cited by (always public) statements and context
 * events, and never a hidden one (confidential, or a correspondent's report: source_hidden in R__source.sql); a hidden source
 * is seen by its author and by monitors up (Visibility, source "*"); other signed-in accounts see the rest.
 */
@Repository
public class SourceStore {

    // statements and published context events are public, so what they cite is public too (unless confidential)
    private static final String PUBLISHED_LINK = """
            (exists (select 1 from incident_source l join incident i on i.id = l.incident_id
                     where l.source_id = s.id and i.workflow_state = 'published')
             or exists (select 1 from statement st where st.source_id = s.id)
             or exists (select 1 from context_event e where e.source_id = s.id and e.published_at is not null))""";
    static final String KIND = "source";
    private static final String NOT_HIDDEN = "not source_hidden(s.kind, s.confidential)";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    SourceStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Transactional
    public long create(SourceInput input, String datasetSha256, String author) {
        long id = jdbc.sql("""
                insert into source (external_id, kind, outlet_actor_id, outlet_name, title, url, published_on,
                                    published_on_precision, retrieved_at, archived_text, sha256, correspondent,
                                    confidential, dataset_sha256, created_by)
                values (:external_id, :kind, :outlet, :outlet_name, :title, :url, :published_on, :precision,
                        :retrieved_at, :archived_text, :sha256, :correspondent, :confidential, :dataset_sha256,
                        :created_by)
                returning id""")
                .params(params(input, datasetSha256)).param("created_by", author).query(Long.class).single();
        jdbc.sql("update source set external_id = 'source/' || id where id = ? and external_id is null").param(id)
                .update();
        hashStored(id, datasetSha256);
        return id;
    }

    @Transactional
    public void update(long id, SourceInput input, String datasetSha256) {
        jdbc.sql("""
                update source set external_id = coalesce(:external_id, external_id), kind = :kind,
                       outlet_actor_id = :outlet, outlet_name = :outlet_name, title = :title, url = :url,
                       published_on = :published_on, published_on_precision = :precision,
                       retrieved_at = :retrieved_at, archived_text = :archived_text, sha256 = :sha256,
                       correspondent = :correspondent, confidential = :confidential,
                       dataset_sha256 = :dataset_sha256, updated_at = now()
                where id = :id""")
                .params(params(input, datasetSha256)).param("id", id).update();
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
        jdbc.sql("update source set dataset_sha256 = ? where id = ?").params(hash, id).update();
    }

    private Map<String, Object> params(SourceInput input, String datasetSha256) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("external_id", input.externalId());
        params.put("kind", input.kind());
        params.put("outlet", input.outletId());
        params.put("outlet_name", input.outletName());
        params.put("title", input.title());
        params.put("url", input.url());
        params.put("published_on", input.publishedOn() == null ? null : input.publishedOn().start());
        params.put("precision", input.publishedOn() == null ? null : input.publishedOn().precision().code());
        params.put("retrieved_at", input.retrievedAt() == null ? null : Timestamp.from(input.retrievedAt()));
        // the text of a hidden source (confidential, or a correspondent's report) and every correspondent are sealed
        params.put("archived_text", hidden(input.kind(), input.confidential())
                ? cipher.seal(KIND, input.archivedText()) : input.archivedText());
        params.put("sha256", input.sha256());
        params.put("correspondent", cipher.seal(KIND, input.correspondent()));
        params.put("confidential", input.confidential());
        params.put("dataset_sha256", datasetSha256);
        return params;
    }

    public boolean exists(long id) {
        return jdbc.sql("select count(*) from source where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The sources that are the same document as one of these: the same URL or the same archived text's hash. */
    public List<Long> sameDocument(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct o.id from source s
                        join source o on o.id = s.id or o.url = s.url or o.sha256 = s.sha256
                        where s.id in (:ids)""").param("ids", ids).query(Long.class).list();
    }

    /** The source, if this viewer may see it. */
    public Optional<Source> find(long id, Viewer viewer) {
        Filter filter = visibleTo(viewer).and("s.id = :id", "id", id);
        return jdbc.sql("select s.* from source s" + filter.where()).params(filter.params())
                .query((rs, n) -> source(rs, viewer)).optional();
    }

    Paging.Page<Source> list(String kind, Long outlet, Viewer viewer, Paging paging) {
        Filter filter = visibleTo(viewer);
        if (kind != null) {
            filter.and("s.kind = :kind", "kind", kind);
        }
        if (outlet != null) {
            filter.and("s.outlet_actor_id = :outlet", "outlet", outlet);
        }
        long total = jdbc.sql("select count(*) from source s" + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<Source> items = jdbc.sql("select s.* from source s" + filter.where()
                        + " order by s.id limit :limit offset :offset")
                .params(filter.params()).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> source(rs, viewer)).list();
        return paging.page(items, total);
    }

    /** Whether this viewer may see the source: used by other features that show a source id. */
    public boolean visible(long id, Viewer viewer) {
        Filter filter = visibleTo(viewer).and("s.id = :id", "id", id);
        return jdbc.sql("select count(*) from source s" + filter.where()).params(filter.params())
                .query(Long.class).single() > 0;
    }

    public Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from source where external_id = ?").param(externalId).query(Long.class).optional();
    }

    Optional<String> datasetHash(long id) {
        return jdbc.sql("select dataset_sha256 from source where id = ?").param(id).query(String.class).optional();
    }

    List<SourceInput> all() {
        return records(null);
    }

    /** The stored content of one record (or of all, for a null id) in the dataset format. */
    public List<SourceInput> records(Long id) {
        return records(id, true);
    }

    /** The same with its confidential fields sealed as stored: what the audit log keeps of a change. */
    public List<SourceInput> sealedRecords(Long id) {
        return records(id, false);
    }

    private List<SourceInput> records(Long id, boolean open) {
        return jdbc.sql("""
                select s.*, o.external_id as outlet_ref from source s left join actor o on o.id = s.outlet_actor_id
                where (cast(:id as bigint) is null or s.id = :id) order by s.id""")
                .param("id", id).query((rs, n) -> new SourceInput(rs.getString("external_id"), rs.getString("kind"),
                        rs.getString("outlet_ref"), rs.getObject("outlet_actor_id", Long.class),
                        rs.getString("outlet_name"), rs.getString("title"), rs.getString("url"), publishedOn(rs),
                        instant(rs, "retrieved_at"), open ? opened(rs, "archived_text") : rs.getString("archived_text"),
                        rs.getString("sha256"), open ? opened(rs, "correspondent") : rs.getString("correspondent"),
                        rs.getBoolean("confidential")))
                .list();
    }

    /** Keeps to the sources this viewer may see: a filter to add the list's own conditions to. */
    private static Filter visibleTo(Viewer viewer) {
        Filter filter = new Filter();
        Visibility.Level hidden = Visibility.ofRecord("source");
        if (viewer.sees(hidden, null)) {
            return filter; // every hidden source, whoever wrote it
        }
        String shown = viewer.isPublic() ? NOT_HIDDEN + " and " + PUBLISHED_LINK : NOT_HIDDEN;
        if (viewer.isSignedIn() && viewer.sees(hidden, viewer.username())) {
            return filter.and("(" + shown + " or s.created_by = :viewer)", "viewer", viewer.username());
        }
        return filter.and(shown);
    }

    private Source source(ResultSet rs, Viewer viewer) throws SQLException {
        long id = rs.getLong("id");
        // the incidents citing it, as far as this viewer may see them (an unpublished one: its author, monitors up)
        List<Long> incidents = jdbc.sql("""
                select l.incident_id from incident_source l join incident i on i.id = l.incident_id
                where l.source_id = :id
                  and (:all or i.workflow_state = 'published' or i.created_by = :viewer) order by l.incident_id""")
                .param("id", id).param("all", viewer.sees(Visibility.ofRecord("incident"), null))
                .param("viewer", viewer.username()).query(Long.class).list();
        PartialDate published = publishedOn(rs);
        Source source = new Source(id, rs.getString("external_id"), rs.getString("kind"),
                rs.getObject("outlet_actor_id", Long.class), rs.getString("outlet_name"), rs.getString("title"),
                rs.getString("url"), published == null ? null : published.toString(), instant(rs, "retrieved_at"),
                opened(rs, "archived_text"), rs.getString("sha256"), opened(rs, "correspondent"),
                rs.getBoolean("confidential"), incidents, rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
        return source.shownTo(viewer);
    }

    private String opened(ResultSet rs, String column) throws SQLException {
        return cipher.open(KIND, column, rs.getString(column));
    }

    /** The rule of source_hidden (R__source.sql), for what the store seals. */
    static boolean hidden(String kind, boolean confidential) {
        return confidential || "correspondent_report".equals(kind);
    }

    private static PartialDate publishedOn(ResultSet rs) throws SQLException {
        LocalDate date = rs.getObject("published_on", LocalDate.class);
        return date == null ? null : PartialDate.of(date, rs.getString("published_on_precision"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
