package org.kuzet.archive;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads test reports from the classpath, or the seed documents where they lie beside the repository, and
 * extracts them.
 */
final class Reports {

    static final ReportExtractor EXTRACTOR = new ReportExtractor();

    /**
     * The seed documents themselves, outside the repository (../shared/seeds/ beside the repository root, or the
     * folder named by the system property kuzet.seeds); a test reading them is skipped where the folder is absent.
     */
    static final Path SEEDS = Path.of(System.getProperty("kuzet.seeds", "../shared/seeds"));

    private Reports() {
    }

    static Extraction extract(String resource) {
        try (InputStream in = Reports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test report " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return EXTRACTOR.extract(resource, ReportText.of(resource, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed NNN, whose file name starts with its number ("002_64bac003d1cd369c.txt"). */
    static Extraction extractSeed(String number) {
        assumeTrue(Files.isDirectory(SEEDS), "no seed documents at " + SEEDS.toAbsolutePath());
        try (var files = Files.list(SEEDS)) {
            Path seed = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + number + " in " + SEEDS));
            return EXTRACTOR.extract(seed.getFileName().toString(), ReportText.of(seed.getFileName().toString(),
                    Files.readAllBytes(seed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction extractText(String name, String text) {
        return EXTRACTOR.extract(name, ReportText.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
