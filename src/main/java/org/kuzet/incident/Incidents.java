package org.kuzet.incident;

import org.kuzet.incident.internal.BulkLoad;
import org.kuzet.incident.internal.NewIncidents;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.security.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Texts;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents in PostgreSQL: the incident row and its victims, perpetrators, categories, sources and links, loaded and
 * saved as one aggregate, plus every published version in incident_revision.
 */
@Repository
public class Incidents {

    private static final String COLUMNS = """
            id, external_id, title, summary, occurred_on, date_precision, place_code, primary_category,
            people_affected, verification, independent_sources, workflow_state, confidential_notes, rejection_reason,
            revision, created_by, submitted_at, submitted_by, published_at, published_by, historical, language,
            translations::text as translations""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final FieldCipher cipher;
    /** Made once: a bulk import writes hundreds of thousands of snapshots. */
    private final ObjectWriter snapshots;

    Incidents(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.cipher = cipher;
        this.snapshots = json.writerFor(IncidentView.class);
    }

    /** What an import needs to know of an incident already stored under an external id. */
    public record Stored(long id, String datasetSha256) {
        /** What a query selects to make one, after the external id: {@code select external_id, } these. */
        public static final String COLUMNS = "id, coalesce(dataset_sha256, '')";

        /** From a row of {@code select external_id, }{@link #COLUMNS}. */
        public static Stored of(ResultSet rs) throws SQLException {
            return new Stored(rs.getLong(2), rs.getString(3));
        }
    }

    /** The stored incidents among these external ids, in one query. */
    public Map<String, Stored> storedByExternalId(List<String> externalIds) {
        Map<String, Stored> stored = new HashMap<>();
        if (externalIds.isEmpty()) {
            return stored;
        }
        template.query(con -> {
            PreparedStatement statement = con.prepareStatement(
                    "select external_id, " + Stored.COLUMNS + " from incident where external_id = any(?)");
            statement.setArray(1, con.createArrayOf("text", externalIds.toArray()));
            return statement;
        }, rs -> {
            stored.put(rs.getString(1), Stored.of(rs));
        });
        return stored;
    }

    /** {@code count} fresh ids of the incident sequence, in one call. */
    public List<Long> newIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('incident', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    /** Sets the tables' indexes and keys aside for a large first load when that pays (see {@link BulkLoad}). */
    public BulkLoad beginBulkLoad(int incidents) {
        return template.execute((ConnectionCallback<BulkLoad>) con -> BulkLoad.begin(con, incidents));
    }

    /** Makes the indexes and keys set aside by {@link #beginBulkLoad} again. */
    public void finishBulkLoad(BulkLoad load) {
        template.execute((ConnectionCallback<Void>) con -> {
            load.finish(con);
            return null;
        });
    }

    /**
     * After a bulk write the planner still believes the tables hold what they held before (autovacuum comes later),
     * and plans the next reads of them, the search index's among them, for a few rows; the statistics are taken
     * again at once. ANALYZE counts the rows of this transaction, and its figures take effect with the commit.
     */
    public void refreshStatistics() {
        jdbc.sql("analyze incident, incident_victim, incident_perpetrator, incident_category, incident_source, "
                + "incident_revision, search_change").update();
    }

    /**
     * Stores new incidents that already carry their ids ({@link #newIds}) with one COPY per table: the statement
     * triggers (report counts, search outbox) run once for the lot and see every row, exactly as if each incident
     * had been added alone. {@code datasetSha256} holds the record hash of each, in the same order; {@code noted}
     * what this transaction has already noted in the search outbox besides the incidents.
     */
    public void addAll(List<Incident> added, List<String> datasetSha256, NewIncidents.Noted noted) {
        if (added.isEmpty()) {
            return;
        }
        NewIncidents rows = new NewIncidents(added, datasetSha256, this::snapshot, cipher::seal, noted);
        template.execute((ConnectionCallback<Void>) con -> {
            write(con, rows);
            return null;
        });
    }

    /**
     * The same as {@link #addAll}, as a task that another thread may run while the caller reads on: the next chunk
     * of a file is checked while this one is written (two cores: Java and PostgreSQL each busy). The rows are
     * encoded here, on the caller's thread; the task only sends them. It writes on the connection of the caller's
     * transaction, which stays open until that transaction ends; pgjdbc lets one statement at a time use a
     * connection, and a COPY holds it until it ends, so a query of the caller meanwhile waits its turn. The caller
     * must wait for the task before its transaction ends. Outside a transaction the rows are written at once and the
     * task does nothing.
     */
    public Runnable addAllLater(List<Incident> added, List<String> datasetSha256, NewIncidents.Noted noted) {
        if (added.isEmpty()) {
            return () -> { };
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            addAll(added, datasetSha256, noted);
            return () -> { };
        }
        NewIncidents rows = new NewIncidents(added, datasetSha256, this::snapshot, cipher::seal, noted);
        DataSource dataSource = template.getDataSource();
        Connection con = DataSourceUtils.getConnection(dataSource);
        // in a transaction this only counts the use down: the connection stays bound to the transaction
        DataSourceUtils.releaseConnection(con, dataSource);
        return () -> write(con, rows);
    }

    /** The JSON kept of a published version: the incident as staff see it, confidential parts sealed. */
    private String snapshot(Incident incident) {
        return snapshots.writeValueAsString(whole(incident));
    }

    /** The incident whole, confidential parts sealed: what the audit log and the published versions keep. */
    IncidentView whole(Incident incident) {
        return IncidentView.whole(incident, cipher::seal);
    }

    private void write(Connection con, NewIncidents rows) {
        try {
            rows.writeTo(con);
        } catch (SQLException e) {
            DataAccessException translated = template.getExceptionTranslator().translate("COPY", null, e);
            throw translated != null ? translated : new UncheckedSqlException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }
    }

    public Optional<Incident> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Loads the incident and locks its row until the transaction ends, so two workflow steps cannot interleave. */
    public Optional<Incident> findForUpdate(long id) {
        boolean present = jdbc.sql("select id from incident where id = ? for update").param(id).query(Long.class)
                .optional().isPresent();
        return present ? find(id) : Optional.empty();
    }

    public Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from incident where external_id = ?").param(externalId).query(Long.class).optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("select count(*) from incident where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The incidents with these ids, in the order given, each with all its parts (five queries, not five per row). */
    public List<Incident> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Parts> parts = new LinkedHashMap<>();
        ids.forEach(id -> parts.put(id, new Parts()));
        jdbc.sql("select incident_id, category_code from incident_category where incident_id in (:ids) "
                        + "order by incident_id, category_code").param("ids", ids)
                .query((rs, n) -> parts.get(rs.getLong(1)).categories.add(rs.getString(2))).list();
        jdbc.sql("""
                        select incident_id, actor_id, name, victim_kind, role, gender, contact from incident_victim
                        where incident_id in (:ids) order by incident_id, position""").param("ids", ids)
                .query((rs, n) -> parts.get(rs.getLong(1)).victims.add(new Victim(nullableLong(rs, 2), rs.getString(3),
                        Coded.find(VictimKind.class, rs.getString(4)).orElseThrow(), rs.getString(5),
                        Coded.find(Gender.class, rs.getString(6)).orElse(null),
                        cipher.open("victim", "contact", rs.getString(7))))).list();
        jdbc.sql("""
                        select incident_id, actor_id, name, perpetrator_type from incident_perpetrator
                        where incident_id in (:ids) order by incident_id, position""").param("ids", ids)
                .query((rs, n) -> parts.get(rs.getLong(1)).perpetrators.add(new Perpetrator(nullableLong(rs, 2),
                        rs.getString(3), Coded.find(PerpetratorType.class, rs.getString(4)).orElseThrow()))).list();
        jdbc.sql("select incident_id, source_id from incident_source where incident_id in (:ids) "
                        + "order by incident_id, source_id").param("ids", ids)
                .query((rs, n) -> parts.get(rs.getLong(1)).sources.add(rs.getLong(2))).list();
        jdbc.sql("select incident_id, linked_incident_id from incident_link where incident_id in (:ids) "
                        + "order by incident_id, linked_incident_id").param("ids", ids)
                .query((rs, n) -> parts.get(rs.getLong(1)).links.add(rs.getLong(2))).list();
        Map<Long, Incident> byId = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from incident where id in (:ids)").param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong("id"), incident(rs, parts.get(rs.getLong("id")),
                        cipher.open(IncidentView.KIND, "confidential_notes", rs.getString("confidential_notes")))))
                .list();
        return ids.stream().map(byId::get).filter(i -> i != null).toList();
    }

    /** Attaches an evidence file; attaching the same file twice changes nothing. Returns whether it is new. */
    boolean attach(long incidentId, EvidenceFile file, String by) {
        return jdbc.sql("""
                insert into incident_evidence (incident_id, sha256, name, added_by) values (?, ?, ?, ?)
                on conflict do nothing""").params(incidentId, file.sha256(), file.name(), by).update() > 0;
    }

    /** The evidence files of an incident, in the order they were attached. */
    public List<EvidenceFile> evidence(long incidentId) {
        return jdbc.sql("select sha256, name from incident_evidence where incident_id = ? order by added_at, name")
                .param(incidentId).query((rs, n) -> new EvidenceFile(rs.getString("sha256"), rs.getString("name")))
                .list();
    }

    /** Stores a new incident; it gets an id and, when it came without one, the external id {@code incident/ID}. */
    public Incident add(Incident incident, String datasetSha256) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('incident', 'id'))").query(Long.class).single();
        String externalId = incident.externalId() != null ? incident.externalId() : "incident/" + id;
        IncidentContent c = incident.content();
        jdbc.sql("""
                        insert into incident (id, external_id, title, summary, occurred_on, date_precision, place_code,
                            primary_category, people_affected, verification, independent_sources, workflow_state,
                            confidential_notes, rejection_reason, revision, created_by, submitted_at, submitted_by,
                            published_at, published_by, dataset_sha256, historical, language, translations)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(id, externalId, c.title(), c.summary(), c.date().start(), c.date().precision().code(), c.place(),
                        c.primaryCategory(), c.peopleAffected(), c.verification().code(), c.independentSources(),
                        incident.state().code(), cipher.seal(IncidentView.KIND, c.confidentialNotes()),
                        incident.rejectionReason(), incident.revision(),
                        incident.createdBy(), timestamp(incident.submittedAt()), incident.submittedBy(),
                        timestamp(incident.publishedAt()), incident.publishedBy(), datasetSha256, c.historical(),
                        c.texts().language(), c.texts().translationsJson())
                .update();
        Incident stored = incident.withId(id, externalId);
        writeParts(stored);
        keepPublishedVersions(stored);
        return stored;
    }

    /**
     * Writes the incident's current state over the stored one. {@code datasetSha256} is the hash of the dataset
     * record it now matches, or null after an edit through the API (so a later import of the file updates it again).
     */
    public void save(Incident incident, String datasetSha256) {
        IncidentContent c = incident.content();
        jdbc.sql("""
                        update incident set title = ?, summary = ?, occurred_on = ?, date_precision = ?, place_code = ?,
                            primary_category = ?, people_affected = ?, verification = ?, independent_sources = ?,
                            workflow_state = ?, confidential_notes = ?, rejection_reason = ?, revision = ?,
                            submitted_at = ?, submitted_by = ?, published_at = ?, published_by = ?,
                            dataset_sha256 = ?, historical = ?, language = ?, translations = ?::jsonb,
                            updated_at = now()
                        where id = ?""")
                .params(c.title(), c.summary(), c.date().start(), c.date().precision().code(), c.place(),
                        c.primaryCategory(), c.peopleAffected(), c.verification().code(), c.independentSources(),
                        incident.state().code(), cipher.seal(IncidentView.KIND, c.confidentialNotes()),
                        incident.rejectionReason(), incident.revision(),
                        timestamp(incident.submittedAt()), incident.submittedBy(), timestamp(incident.publishedAt()),
                        incident.publishedBy(), datasetSha256, c.historical(), c.texts().language(),
                        c.texts().translationsJson(), incident.id())
                .update();
        for (String table : List.of("incident_category", "incident_victim", "incident_perpetrator", "incident_source",
                "incident_link")) {
            jdbc.sql("delete from " + table + " where incident_id = ?").param(incident.id()).update();
        }
        writeParts(incident);
        keepPublishedVersions(incident);
    }

    /**
     * Writes the links of an incident whose other parts are already stored in this transaction ({@code linked}: its
     * content with the links completed), and brings the snapshot of its current published version (recorded in
     * this transaction too) up to date with them.

     */
    public void completeLinks(Incident incident, IncidentContent linked) {
        incident.completeLinks(linked);
        jdbc.sql("delete from incident_link where incident_id = ?").param(incident.id()).update();
        for (Long other : linked.linkedIncidents()) {
            jdbc.sql("insert into incident_link (incident_id, linked_incident_id) values (?, ?)")
                    .params(incident.id(), other).update();
        }
        if (incident.state() == WorkflowState.PUBLISHED) {
            jdbc.sql("update incident_revision set snapshot = ?::json where incident_id = ? and revision = ?")
                    .params(snapshot(incident), incident.id(),
                            incident.revision())
                    .update();
        }
    }

    public Optional<String> datasetSha256(long id) {
        return jdbc.sql("select coalesce(dataset_sha256, '') from incident where id = ?").param(id).query(String.class).optional();
    }

    /** Every published version, oldest first. */
    public List<IncidentRevision> revisions(long id) {
        return jdbc.sql("""
                        select revision, snapshot::text, recorded_at, recorded_by, note from incident_revision
                        where incident_id = ? order by revision""").param(id)
                .query((rs, n) -> new IncidentRevision(rs.getInt(1), opened(json.readTree(rs.getString(2))),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** A snapshot with its confidential parts opened (for who may see them: see {@link FieldCipher#open}). */
    private JsonNode opened(JsonNode snapshot) {
        if (snapshot instanceof ObjectNode incident) {
            openField(incident, IncidentView.KIND, "confidential_notes");
            if (incident.get("victims") instanceof ArrayNode victims) {
                victims.forEach(v -> {
                    if (v instanceof ObjectNode victim) {
                        openField(victim, "victim", "contact");
                    }
                });
            }
        }
        return snapshot;
    }

    private void openField(ObjectNode record, String kind, String field) {
        if (record.get(field) != null && record.get(field).isString()) {
            record.put(field, cipher.open(kind, field, record.get(field).asString()));
        }
    }

    /** Every published version of the incident, oldest first, as far as this person may see each. */
    public List<RevisionView> revisionsShownTo(Incident incident, Viewer viewer) {
        return revisions(incident.id()).stream().map(r -> RevisionView.of(r, viewer, incident.createdBy())).toList();
    }

    /** A published incident whose title or summary lacks a translation, and the languages it lacks. */
    public record Untranslated(long id, String title, String date, String language, List<String> missing) {
    }

    /**
     * The published incidents dated within these days (a month's report quotes them) that lack a translation, by
     * date; {@code of} receives how many published incidents the days hold, translated or not.
     */
    public List<Untranslated> untranslated(java.time.LocalDate from, java.time.LocalDate to,
            java.util.function.IntConsumer of) {
        List<Untranslated> missing = new ArrayList<>();
        int[] published = {0};
        jdbc.sql("""
                        select id, title, summary, language, translations::text, occurred_on, date_precision
                        from incident where workflow_state = 'published' and occurred_on between ? and ?
                        order by occurred_on, id""").params(from, to)
                .query((ResultSet rs) -> {
                    published[0]++;
                    Texts texts = Texts.stored(rs.getString("language"), rs.getString("title"),
                            rs.getString("summary"), rs.getString("translations"));
                    if (!texts.missing().isEmpty()) {
                        missing.add(new Untranslated(rs.getLong("id"), texts.title(),
                                PartialDate.of(rs.getDate("occurred_on").toLocalDate(), rs.getString("date_precision"))
                                        .toString(), texts.language(), texts.missing()));
                    }
                });
        of.accept(published[0]);
        return missing;
    }

    /** Who on the staff holds the incident, if anyone. */
    public Optional<String> assignee(long incident) {
        return jdbc.sql("select assigned_to from incident where id = ?").param(incident).query(String.class).list()
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Gives the incident to this staff member (null: to nobody); its content and revision stay as they are. */
    void assign(long incident, String assignee) {
        jdbc.sql("update incident set assigned_to = ? where id = ?").params(assignee, incident).update();
    }

    /** Adds one source to the incident's sources; false when it was cited there already. */
    boolean addSource(long incident, long source) {
        return jdbc.sql("insert into incident_source (incident_id, source_id) values (?, ?) on conflict do nothing")
                .params(incident, source).update() > 0;
    }

    private void writeParts(Incident incident) {
        IncidentContent c = incident.content();
        long id = incident.id();
        for (String category : c.categories()) {
            jdbc.sql("insert into incident_category (incident_id, category_code) values (?, ?)").params(id, category)
                    .update();
        }
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            jdbc.sql("""
                            insert into incident_victim (incident_id, position, actor_id, name, victim_kind, role, gender,
                                contact) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, v.actor(), v.name(), v.kind().code(), v.role(),
                            v.gender() == null ? null : v.gender().code(), cipher.seal("victim", v.contact()))
                    .update();
        }
        for (int i = 0; i < c.perpetrators().size(); i++) {
            Perpetrator p = c.perpetrators().get(i);
            jdbc.sql("""
                            insert into incident_perpetrator (incident_id, position, actor_id, name, perpetrator_type)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, i, p.actor(), p.name(), p.type().code()).update();
        }
        for (Long source : c.sources()) {
            jdbc.sql("insert into incident_source (incident_id, source_id) values (?, ?)").params(id, source).update();
        }
        for (Long linked : c.linkedIncidents()) {
            jdbc.sql("insert into incident_link (incident_id, linked_incident_id) values (?, ?)").params(id, linked)
                    .update();
        }
    }

    private void keepPublishedVersions(Incident incident) {
        for (Incident.PublishedVersion version : incident.versionsToKeep()) {
            String snapshot = snapshot(incident);
            jdbc.sql("""
                            insert into incident_revision (incident_id, revision, snapshot, recorded_at, recorded_by, note)
                            values (?, ?, ?::json, ?, ?, ?)""")
                    .params(incident.id(), version.revision(), snapshot, timestamp(version.at()), version.by(),
                            version.note())
                    .update();
        }
        incident.versionsToKeep().clear();
    }

    private static Incident incident(ResultSet rs, Parts parts, String confidentialNotes) throws SQLException {
        IncidentContent content = new IncidentContent(rs.getString("title"), rs.getString("summary"),
                PartialDate.of(rs.getDate("occurred_on").toLocalDate(), rs.getString("date_precision")),
                rs.getString("place_code"), rs.getString("primary_category"), parts.categories,
                (Integer) rs.getObject("people_affected"),
                Coded.find(Verification.class, rs.getString("verification")).orElseThrow(),
                rs.getInt("independent_sources"), parts.victims, parts.perpetrators, parts.sources, parts.links,
                confidentialNotes, rs.getBoolean("historical"),
                Texts.stored(rs.getString("language"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("translations")));
        return new Incident(rs.getLong("id"), rs.getString("external_id"), content,
                Coded.find(WorkflowState.class, rs.getString("workflow_state")).orElseThrow(), rs.getInt("revision"),
                rs.getString("created_by"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                instant(rs, "published_at"), rs.getString("published_by"), rs.getString("rejection_reason"));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** The child rows of one incident while they are being loaded. */
    private static final class Parts {
        final List<String> categories = new ArrayList<>();
        final List<Victim> victims = new ArrayList<>();
        final List<Perpetrator> perpetrators = new ArrayList<>();
        final List<Long> sources = new ArrayList<>();
        final List<Long> links = new ArrayList<>();
    }
}
