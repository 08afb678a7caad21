package org.kuzet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads test reports from the classpath and extracts them. */
final class Reports {

    static final ReportExtractor EXTRACTOR = new ReportExtractor();

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

    /**
     * The seed documents themselves, outside the repository (../shared/seeds/ beside the repository root, or the
     * folder named by the system property kuzet.seeds); tests on them are skipped where the folder is absent.
     */
    static final Path SEEDS = Path.of(System.getProperty("kuzet.seeds", "../shared/seeds"));

    /** Seed NNN, whose file name starts with its number ("002_64bac003d1cd369c.txt"). */
    static Extraction extractSeed(String number) {
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
