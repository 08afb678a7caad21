package org.kuzet;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test classes share one Spring context and so one database: a class that counts records starts from empty
 * domain tables (the taxonomy, the gazetteer and the staff accounts stay).
 */
public final class TestData {

    private static final long RUN = System.currentTimeMillis() % 1_000_000;
    private static final AtomicLong NEXT = new AtomicLong();

    private TestData() {
    }

    /** A word no other test (nor an earlier run of this one on a kept database) writes: {@code prefix-run-n}. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
    }

    /**
     * Empties the domain tables. The search index's background catch-up may be reading some of them while the
     * TRUNCATE takes them all; PostgreSQL then ends one of the two as a deadlock, and if it is the TRUNCATE, it is
     * asked again (the catch-up has let go by then).
     */
    public static void clean(JdbcClient jdbc) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("truncate incident, legal_case, statement, context_event, source, actor, record_comment restart identity "
                        + "cascade").update();
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
