package org.kuzet.archive;

/**
 * The checks of {@link Seed002ExtractionTest} on seed 002 itself, the March 2024 report as published, which the
 * repository does not ship: they run where the seeds lie beside the repository ({@link Reports#SEEDS}), and are
 * skipped elsewhere.
 */
class Seed002OriginalTest extends Seed002ExtractionTest {

    @Override
    Extraction extraction() {
        return Reports.extractSeed("002");
    }
}
