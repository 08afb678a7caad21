package org.kuzet.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kuzet.evidence.Redaction;
import org.kuzet.evidence.Region;
import org.kuzet.evidence.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The evidence_redaction table: which copy was made from which original, how, by whom, and whether it is public. */
@Repository
public class RedactionStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RedactionStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(String original, String copy, String method, List<Region> regions, List<String> words,
            String by) {
        return jdbc.sql("""
                insert into evidence_redaction (original_sha256, redacted_sha256, method, regions, words, made_by)
                values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?) returning id""")
                .params(original, copy, method, json.writeValueAsString(regions), json.writeValueAsString(words), by)
                .query(Long.class).single();
    }

    public Optional<Redaction> find(long id) {
        return jdbc.sql("select * from evidence_redaction where id = ?").param(id).query(this::redaction).optional();
    }

    /** The copies made from an original, newest first. */
    public List<Redaction> of(String original) {
        return jdbc.sql("select * from evidence_redaction where original_sha256 = ? order by made_at desc, id desc")
                .param(original).query(this::redaction).list();
    }

    /** The published copies made from any of these originals, the first published first. */
    public List<Redaction> published(List<String> originals) {
        if (originals.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from evidence_redaction where original_sha256 = any(?) and published_at is not null
                order by published_at, id""").param(originals.toArray(String[]::new)).query(this::redaction).list();
    }

    /** Publishes a copy; false when it was published already. */
    public boolean publish(long id, String by) {
        return jdbc.sql("""
                update evidence_redaction set published_at = now(), published_by = ?
                where id = ? and published_at is null""").params(by, id).update() == 1;
    }

    /** Takes a copy back from the public; false when it was not published. */
    public boolean withdraw(long id) {
        return jdbc.sql("""
                update evidence_redaction set published_at = null, published_by = null
                where id = ? and published_at is not null""").param(id).update() == 1;
    }

    /** The file, when it is the copy of a published redaction: the only kind of file the public is ever given. */
    public Optional<StoredFile> publicCopy(String sha256) {
        return jdbc.sql("""
                select f.sha256, f.media_type, f.size_bytes, f.original_name from stored_file f
                where f.sha256 = ? and exists (select 1 from evidence_redaction r
                                               where r.redacted_sha256 = f.sha256 and r.published_at is not null)""")
                .param(sha256).query(StoredFile.class).optional();
    }

    private Redaction redaction(ResultSet rs, int row) throws SQLException {
        return new Redaction(rs.getLong("id"), rs.getString("original_sha256"), rs.getString("redacted_sha256"),
                rs.getString("method"), json.readValue(rs.getString("regions"), new TypeReference<List<Region>>() { }),
                json.readValue(rs.getString("words"), new TypeReference<List<String>>() { }),
                rs.getString("made_by"), instant(rs, "made_at"), instant(rs, "published_at"),
                rs.getString("published_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
