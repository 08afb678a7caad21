package org.kuzet.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bulk action over many records of a kind (incidents, legal cases), as it runs: how many there are, how many
 * were done, and each one refused with why. Only the person who started it sees it.
 */
final class BulkJob {

    /** A record its owner's door refused, and why (said in the reader's language when shown). */
    record Refusal(long id, String title, BulkRefusal reason) {
    }

    private final UUID id = UUID.randomUUID();
    private final String owner;
    private final BulkAction action;
    private final String path;
    private final String keys;
    private final int total;
    private final Instant started = Instant.now();
    private final AtomicInteger done = new AtomicInteger();
    private final List<Refusal> refused = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);

    BulkJob(String owner, BulkAction action, BulkRecords records, int total) {
        this.owner = owner;
        this.action = action;
        this.path = records.path();
        this.keys = records.keys();
        this.total = total;
    }

    void done() {
        done.incrementAndGet();
    }

    void refused(Refusal refusal) {
        refused.add(refusal);
    }

    void finish() {
        finished.countDown();
    }

    /** Waits for the last record, at most this long; whether it is finished. */
    boolean awaitFinished(Duration atMost) throws InterruptedException {
        return finished.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    public UUID getId() {
        return id;
    }

    String owner() {
        return owner;
    }

    public BulkAction getAction() {
        return action;
    }

    public String getActionCode() {
        return action.code();
    }

    /** The staff list of these records ({@code /staff/incidents}). */
    public String getPath() {
        return path;
    }

    /** The start of the message keys naming these records ({@link BulkRecords#keys}). */
    public String getKeys() {
        return keys;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done.get();
    }

    public List<Refusal> getRefused() {
        return List.copyOf(refused);
    }

    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    boolean olderThan(Duration age, Instant now) {
        return isFinished() && started.plus(age).isBefore(now);
    }
}
