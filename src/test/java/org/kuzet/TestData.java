package org.kuzet;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Test classes share one Spring context and so one database, and nothing empties it: a test makes its own records,
 * named so that no other test's records are taken for them, and asserts on those (or on counts relative to what was
 * there before). A class whose figures count everything runs on its own database ({@link OwnDatabase}).
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
}
