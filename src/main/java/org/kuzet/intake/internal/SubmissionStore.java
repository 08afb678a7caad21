package org.kuzet.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.StoredFile;
import org.kuzet.intake.Received;
import org.kuzet.intake.SentSubmission;
import org.kuzet.intake.Submission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake tables: the only code that writes them. */
@Repository
public class SubmissionStore {

    private static final String COLUMNS = """
            id, account, channel, candidate_id, what, happened_when, happened_where, link, latitude, longitude,
            accuracy_m, form_started_at, form_ended_at, device, received_at""";

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;

    SubmissionStore(JdbcClient jdbc, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    /** What became of the account's earlier filling with this id, if it sent one. */
    public Optional<Received> earlier(String account, String instanceId) {
        return jdbc.sql("select id, candidate_id from intake_submission where account = ? and instance_id = ?")
                .params(account, instanceId)
                .query((rs, n) -> new Received(rs.getLong(1), rs.getLong(2), false)).optional();
    }

    public long insert(String account, long candidateId, Submission s, List<SentSubmission.KeptFile> files) {
        Submission.Place place = s.place();
        long id = jdbc.sql("""
                        insert into intake_submission (account, channel, instance_id, candidate_id, what, happened_when,
                            happened_where, link, latitude, longitude, accuracy_m, form_started_at, form_ended_at,
                            device)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(account, s.channel(), s.instanceId(), candidateId, s.what(), s.when(), s.where(),
                        s.link(), place == null ? null : place.latitude(), place == null ? null : place.longitude(),
                        place == null ? null : place.accuracyMetres(), s.started(), s.ended(), s.device())
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
        Double latitude = rs.getObject("latitude", Double.class);
        Submission.Place place = latitude == null ? null : new Submission.Place(latitude,
                rs.getDouble("longitude"), rs.getObject("accuracy_m", Double.class));
        return new SentSubmission(id, rs.getString("account"), rs.getString("channel"), rs.getLong("candidate_id"),
                rs.getString("what"), rs.getString("happened_when"), rs.getString("happened_where"),
                rs.getString("link"), place, rs.getObject("form_started_at", OffsetDateTime.class),
                rs.getObject("form_ended_at", OffsetDateTime.class), rs.getString("device"),
                rs.getObject("received_at", OffsetDateTime.class), files(id));
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
