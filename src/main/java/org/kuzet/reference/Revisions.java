package org.kuzet.reference;

import java.util.Optional;
import java.util.function.Supplier;
import org.kuzet.api.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version check of the records changed through the API (actors, statements, context events, legal cases). The
 * record's row is locked before its revision is compared and stays locked until the write's transaction ends, so
 * of two changes made on one version only the first passes; the owner's store raises the revision as it writes.
 * Dataset imports do not come through here: there the file decides.
 */
@Component
public class Revisions {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Revisions(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks the change's version and runs {@code write} in one transaction; returns what {@code write} returns.
     *
     * @param table the record's table, a constant of its owner (never input); its name, spaced, names the record
     *     in a 404
     */
    public <T> T change(String table, long id, VersionedChange change, Supplier<T> write) {
        return transaction.execute(status -> {
            check(table, id, change);
            return write.get();
        });
    }

    /**
     * The check alone, for a write that holds its own transaction: locks the row until that transaction ends and
     * throws {@link org.kuzet.api.StaleVersion} unless the change names the stored revision.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void check(String table, long id, VersionedChange change) {
        int stored = jdbc.sql("select revision from " + table + " where id = ? for update").param(id)
                .query(Integer.class).optional()
                .orElseThrow(() -> new NotFound("No " + table.replace('_', ' ') + " " + id + "."));
        change.version().require(stored);
    }

    /**
     * The stored revision, for a record whose body is read by several queries: read it before them, so that the
     * ETag answered is never newer than the body (a change made meanwhile then fails its check instead of being
     * written over).
     */
    public Optional<Integer> stored(String table, long id) {
        return jdbc.sql("select revision from " + table + " where id = ?").param(id).query(Integer.class).optional();
    }
}
