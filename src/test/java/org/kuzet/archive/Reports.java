package org.kuzet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

    static Extraction extractText(String name, String text) {
        return EXTRACTOR.extract(name, ReportText.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
