package org.kuzet.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kuzet.api.InvalidInput;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.StoredFile;
import org.kuzet.intake.internal.SubmissionStore;
import org.kuzet.security.Viewer;
import org.kuzet.triage.PublicReports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door for what correspondents send from their phones. A submission is checked as the public form's report is
 * (what happened is required; lengths; the link), its files as evidence files are (kinds, size), and then, all or
 * nothing: the files go to the evidence store, the report to the triage queue as one candidate, and the submission
 * with what the phone said of it here. The same filling sent twice (a retry after a lost answer) is kept once.
 */
@Service
public class Submissions {

    private static final int LONGEST_INSTANCE_ID = 200;

    private final SubmissionStore store;
    private final PublicReports reports;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;

    Submissions(SubmissionStore store, PublicReports reports, EvidenceStore evidence,
            ApplicationEventPublisher events) {
        this.store = store;
        this.reports = reports;
        this.evidence = evidence;
        this.events = events;
    }

    /**
     * Takes a submission from a signed-in account.
     *
     * @throws InvalidInput naming each field (or file) that cannot be taken; nothing is kept then
     */
    @Transactional
    public Received receive(Viewer sender, Submission submission) {
        PublicReports.Report report = new PublicReports.Report(submission.what(), submission.when(),
                submission.where(), submission.link(), sender.username(), null, submission.pageLanguage());
        checkInstanceId(submission.instanceId());
        Optional<Received> earlier = store.earlier(sender.username(), submission.instanceId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<SentSubmission.KeptFile> files = new ArrayList<>();
        for (Submission.File file : submission.files()) {
            StoredFile stored = evidence.store(file.content(), file.name(), sender.username());
            files.add(new SentSubmission.KeptFile(file.name(), stored.sha256(), stored.mediaType(),
                    stored.sizeBytes()));
        }
        long candidate = reports.submit(report, why(sender, submission.channel()));
        long id = store.insert(sender.username(), candidate, submission, files);
        events.publishEvent(new SubmissionReceived(id, sender.username(), submission.channel(), candidate,
                files.size()));
        return new Received(id, candidate, true);
    }

    /** The viewer's own submissions, newest first. */
    public List<SentSubmission> mine(Viewer viewer) {
        return viewer.isSignedIn() ? store.of(viewer.username()) : List.of();
    }

    /** A submission, if the viewer may see it: its sender, and monitors and up. */
    public Optional<SentSubmission> find(long id, Viewer viewer) {
        return store.find(id).filter(s -> viewer.isMonitor() || viewer.wrote(s.account()));
    }

    /** The submission made from this triage candidate, if one was, for a viewer who may see it. */
    public Optional<SentSubmission> ofCandidate(long candidateId, Viewer viewer) {
        return store.ofCandidate(candidateId).flatMap(id -> find(id, viewer));
    }

    private static void checkInstanceId(String instanceId) {
        if (instanceId == null || instanceId.isBlank()) {
            throw InvalidInput.of("instanceID", "problem.required");
        }
        if (instanceId.length() > LONGEST_INSTANCE_ID) {
            throw InvalidInput.of("instanceID", "problem.atMostCharacters", LONGEST_INSTANCE_ID);
        }
    }

    /** The candidate's first reason: who sent it and how (monitors read it in the queue). */
    private static String why(Viewer sender, String channel) {
        return "phone".equals(channel)
                ? "sent by correspondent " + sender.username() + " from Kuzet's phone page"
                : "sent by correspondent " + sender.username() + " through an OpenRosa client (ODK Collect, Tella)";
    }
}
