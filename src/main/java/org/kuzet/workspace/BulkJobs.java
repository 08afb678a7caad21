package org.kuzet.workspace;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.Incidents;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Runs bulk actions in the background, one at a time, one record after the other: a refused record does not stop
 * the others. Jobs live in memory (the records' changes and their audit entries are what is kept); a finished job
 * is forgotten after a day, and one running when the server stops ends there, each record done staying done.
 */
@Component
class BulkJobs {

    private static final Duration KEPT = Duration.ofDays(1);

    private final IncidentBulk bulk;
    private final Incidents incidents;
    private final Map<UUID, BulkJob> jobs = new ConcurrentHashMap<>();
    // one worker: bulk actions queue behind each other rather than compete for the database's connections
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kuzet-bulk");
        thread.setDaemon(true);
        return thread;
    });

    BulkJobs(IncidentBulk bulk, Incidents incidents) {
        this.bulk = bulk;
        this.incidents = incidents;
    }

    /** Starts the action over these incidents, by this person; the job tells how far it has gone. */
    BulkJob start(BulkAction action, List<Long> ids, IncidentBulk.Details details, Viewer by) {
        forgetOld();
        BulkJob job = new BulkJob(by.username(), action, ids.size());
        jobs.put(job.getId(), job);
        worker.execute(() -> run(job, ids, details, by));
        return job;
    }

    /** The job, to the person who started it only. */
    Optional<BulkJob> find(UUID id, Viewer viewer) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(viewer.username()));
    }

    private void run(BulkJob job, List<Long> ids, IncidentBulk.Details details, Viewer by) {
        try {
            for (long id : ids) {
                bulk.apply(job.getAction(), id, details, by).ifPresentOrElse(
                        reason -> job.refused(new BulkJob.Refusal(id, title(id, by), reason)), job::done);
            }
        } finally {
            job.finish();
        }
    }

    /** The title the person may see, or only the number of a record they may not. */
    private String title(long id, Viewer by) {
        return IncidentAccess.seen(by, incidents.find(id)).map(i -> i.content().title())
                .orElse("#" + id);
    }

    private void forgetOld() {
        Instant now = Instant.now();
        jobs.values().removeIf(j -> j.olderThan(KEPT, now));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
