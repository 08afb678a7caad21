package org.kuzet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast reports are read (not a test: speed is measured here, never asserted). Run after
 * {@code ./mvnw test-compile} with {@code java -cp target/test-classes:target/classes:<dependencies>
 * org.kuzet.archive.ExtractionBenchmark}; results go in docs/benchmarks.md.
 */
public final class ExtractionBenchmark {

    private static final String[] REPORTS = {"/fixtures/report-2024-03.txt", "/fixtures/report-2020-08.txt", "/archive/2016-05-glued.txt",
        "/archive/2023-02-ru.txt", "/archive/2021-07-words.txt", "/archive/2019-11-money.txt",
        "/archive/2018-04-word.html", "/archive/2023-01-nested.html", "/archive/2020-10-ru-court.txt"};

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> files = new ArrayList<>();
        long bytes = 0;
        for (String r : REPORTS) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(r)) {
                byte[] b = in.readAllBytes();
                files.add(b);
                bytes += b.length;
            }
        }
        long started = System.nanoTime();
        ReportExtractor extractor = new ReportExtractor();
        System.out.printf("loading cue words and gazetteer: %.1f ms%n", (System.nanoTime() - started) / 1e6);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (int warm = 0; warm < 50; warm++) {
            readAll(extractor, files);
        }
        started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            readAll(extractor, files);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int reports = rounds * files.size();
        System.out.printf("%d reports (%d bytes per round) in %.2f s: %.2f ms per report, %.0f reports/s%n", reports,
                bytes, seconds, seconds * 1000 / reports, reports / seconds);
    }

    private static void readAll(ReportExtractor extractor, List<byte[]> files) {
        for (int i = 0; i < files.size(); i++) {
            extractor.extract(REPORTS[i], ReportText.of(REPORTS[i], files.get(i)));
        }
    }
}
