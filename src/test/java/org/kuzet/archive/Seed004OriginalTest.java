package org.kuzet.archive;

/**
 * The checks of {@link Seed004ExtractionTest} on seed 004 itself, the August 2020 report as published, which the
 * repository does not ship: they run where the seeds lie beside the repository ({@link Reports#SEEDS}), and are
 * skipped elsewhere.
 */
class Seed004OriginalTest extends Seed004ExtractionTest {

    @Override
    Extraction extraction() {
        return Reports.extractSeed("004");
    }
}
