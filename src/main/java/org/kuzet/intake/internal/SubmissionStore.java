package org.kuzet.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.StoredFile;
import org.kuzet.intake.Received;
import org.kuzet.intake.SentSubmission;
import org.kuzet.intake.Submission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The intake tables: the only code that writes them. What the correspondent wrote, the link, the device and the
 * phone's position are kept sealed (record kind {@value #KIND}); a correspondent reads their own, monitors and up
 * every one ({@link org.kuzet.intake.Submissions} keeps to that).
 */
@Repository
public class SubmissionStore {

    /** The record kind of the sealed fields, for security.Visibility and their data key. */
    public static final String KIND = "intake_submission";

    private static final String COLUMNS = """
            id, account, channel, candidate_id, what, happened_when, happened_where, link, place, form_started_at,
            form_ended_at, device, received_at""";

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;
    private final FieldCipher cipher;

    SubmissionStore(JdbcClient jdbc, EvidenceStore evidence, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.cipher = cipher;
    }

    /** What became of the account's earlier filling with this id, if it sent one. */
    public Optional<Received> earlier(String account, String instanceId) {
        return jdbc.sql("select id, candidate_id from intake_submission where account = ? and instance_id = ?")
                .params(account, instanceId)
                .query((rs, n) -> new Received(rs.getLong(1), rs.getLong(2), false)).optional();
    }

    public long insert(String account, long candidateId, Submission s, List<SentSubmission.KeptFile> files) {
        long id = jdbc.sql("""
                        insert into intake_submission (account, channel, instance_id, candidate_id, what, happened_when,
                            happened_where, link, place, form_started_at, form_ended_at, device)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(account, s.channel(), s.instanceId(), candidateId, seal(s.what()), seal(s.when()),
                        seal(s.where()), seal(s.link()), seal(placeText(s.place())), s.started(), s.ended(),
                        seal(s.device()))
                .query(Long.class).single();
        for (SentSubmission.KeptFile file : files) {
            jdbc.sql("insert into intake_attachment (submission_id, file_name, sha256) values (?, ?, ?)")
                    .params(id, file.name(), file.sha256()).update();
        }
        return id;
    }

    public List<SentSubmission> of(String account) {
        return jdbc.sql("select " + COLUMNS + " from intake_submission where account = ? order by received_at desc, id desc")
                .param(account).query(this::submission).list();
    }

    public Optional<SentSubmission> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from intake_submission where id = ?").param(id)
                .query(this::submission).optional();
    }

    public Optional<Long> ofCandidate(long candidateId) {
        return jdbc.sql("select id from intake_submission where candidate_id = ?").param(candidateId)
                .query(Long.class).optional();
    }

    private SentSubmission submission(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new SentSubmission(id, rs.getString("account"), rs.getString("channel"), rs.getLong("candidate_id"),
                open(rs, "what", "what"), open(rs, "happened_when", "when"), open(rs, "happened_where", "where"),
                open(rs, "link", "link"), place(open(rs, "place", "place")),
                rs.getObject("form_started_at", OffsetDateTime.class),
                rs.getObject("form_ended_at", OffsetDateTime.class), open(rs, "device", "device"),
                rs.getObject("received_at", OffsetDateTime.class), files(id));
    }

    private String seal(String plain) {
        return cipher.seal(KIND, plain);
    }

    private String open(ResultSet rs, String column, String field) throws SQLException {
        return cipher.open(KIND, field, rs.getString(column));
    }

    /** The phone's position as one text: "latitude longitude", then the accuracy in metres when known. */
    static String placeText(Submission.Place place) {
        if (place == null) {
            return null;
        }
        String text = place.latitude() + " " + place.longitude();
        return place.accuracyMetres() == null ? text : text + " " + place.accuracyMetres();
    }

    static Submission.Place place(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(" ");
        return new Submission.Place(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                parts.length > 2 ? Double.valueOf(parts[2]) : null);
    }

    private List<SentSubmission.KeptFile> files(long submissionId) {
        // the file's kind and size are the evidence store's to say
        return jdbc.sql("select file_name, sha256 from intake_attachment where submission_id = ? order by file_name")
                .param(submissionId)
                .query((rs, n) -> kept(rs.getString(1), rs.getString(2)))
                .list();
    }

    private SentSubmission.KeptFile kept(String name, String sha256) {
        StoredFile file = evidence.find(sha256).orElseThrow();
        return new SentSubmission.KeptFile(name, sha256, file.mediaType(), file.sizeBytes());
    }
}
