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
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.StaleVersion;
import org.kuzet.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bulk actions in the background, one at a time, one record after the other, each in a transaction of its own
 * on the record as it is when its turn comes: a refused record changes nothing of itself and does not stop the
 * others. Jobs live in memory (the records' changes and their audit entries are what is kept); a finished job is
 * forgotten after a day, and one running when the server stops ends there, each record done staying done.
 */
@Component
class BulkJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);

    private static final Duration KEPT = Duration.ofDays(1);

    private final TransactionTemplate transaction;
    private final Map<UUID, BulkJob> jobs = new ConcurrentHashMap<>();
    // one worker: bulk actions queue behind each other rather than compete for the database's connections
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kuzet-bulk");
        thread.setDaemon(true);
        return thread;
    });

    BulkJobs(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Starts the action over these records, by this person; the job tells how far it has gone. */
    BulkJob start(BulkRecords records, BulkAction action, List<Long> ids, BulkRecords.Details details, Viewer by) {
        forgetOld();
        BulkJob job = new BulkJob(by.username(), action, records, ids.size());
        jobs.put(job.getId(), job);
        // the worker acts as the person who started it, so each change's audit entry names them
        worker.execute(new DelegatingSecurityContextRunnable(() -> run(records, job, ids, details, by)));
        return job;
    }

    /** The job, to the person who started it only. */
    Optional<BulkJob> find(UUID id, Viewer viewer) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(viewer.username()));
    }

    private void run(BulkRecords records, BulkJob job, List<Long> ids, BulkRecords.Details details, Viewer by) {
        try {
            for (long id : ids) {
                apply(records, job.getAction(), id, details, by).ifPresentOrElse(
                        reason -> job.refused(new BulkJob.Refusal(id, records.title(id, by), reason)), job::done);
            }
        } finally {
            job.finish();
        }
    }

    /** Applies the action to the record; empty when done, else why it was refused. */
    private Optional<BulkRefusal> apply(BulkRecords records, BulkAction action, long id, BulkRecords.Details details,
            Viewer by) {
        try {
            transaction.executeWithoutResult(status -> records.step(action, id, details, by));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(records.refusal(e, action, id, by).orElseGet(() -> refusal(e, action, id)));
        }
    }

    /** What every kind of record is refused for alike. */
    private static BulkRefusal refusal(RuntimeException e, BulkAction action, long id) {
        if (e instanceof NotFound) {
            return BulkRefusal.because("bulk.refused.notFound");
        }
        if (e instanceof StaleVersion) {
            return BulkRefusal.because("bulk.refused.stale");
        }
        if (e instanceof InvalidInput invalid) {
            return BulkRefusal.wrong(invalid.problems());
        }
        log.warn("Bulk {} of record {} failed", action.code(), id, e);
        return BulkRefusal.because("bulk.refused.failed");
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
