package org.kuzet.reference;

import org.kuzet.api.OnVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kuzet.api.StaleVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The check and the write are one step: while one change of a record is being written, a second change of it
 * cannot even read the version to compare, and once the first is written the second finds its version stale.
 */
@SpringBootTest
class RevisionsTest {

    @Autowired
    Revisions revisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSecondChangeWaitsForTheFirstAndThenFindsItsVersionStale() throws Exception {
        long id = jdbc.sql("insert into actor (kind, name) values ('person', 'Revisions test') returning id")
                .query(Long.class).single();
        VersionedChange onFirst = new VersionedChange(null, new OnVersion("\"1\"", null));
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch mayWrite = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> revisions.change("actor", id, onFirst,
                () -> {
                    checked.countDown();
                    awaitQuietly(mayWrite);
                    return jdbc.sql("update actor set revision = revision + 1 where id = ?").param(id).update();
                }));
        assertThat(checked.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("set local lock_timeout = '100ms'").update();
            revisions.check("actor", id, onFirst);
        })).hasMessageContaining("lock timeout");

        mayWrite.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> revisions.change("actor", id, onFirst, () -> 0)).isInstanceOf(StaleVersion.class)
                .satisfies(e -> assertThat(((StaleVersion) e).current()).isEqualTo(2));
    }

    @Test
    void theCheckRunsOnlyInsideTheWritesTransaction() {
        assertThatThrownBy(() -> revisions.check("actor", 1, VersionedChange.onCurrent(null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
