package org.kuzet.archive;

import org.junit.jupiter.api.BeforeEach;

/** A test of one report's extraction, read afresh before each check; subclasses say which text is read. */
abstract class ReportUnderTest {

    Extraction found;

    @BeforeEach
    void read() {
        found = extraction();
    }

    abstract Extraction extraction();
}
