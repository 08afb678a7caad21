package org.kuzet.archive;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;

/**
 * The checks of {@link Seed002ExtractionTest} on seed 002 itself, the March 2024 report as published, which the repository does
 * not ship: run where the seeds lie beside the repository ({@link Reports#SEEDS}), skipped elsewhere.
 */
class Seed002OriginalTest extends Seed002ExtractionTest {

    @BeforeAll
    static void theSeedsAreThere() {
        assumeTrue(Files.isDirectory(Reports.SEEDS), "no seed documents at " + Reports.SEEDS.toAbsolutePath());
    }

    @Override
    Extraction extraction() {
        return Reports.extractSeed("002");
    }
}
