package org.kuzet.archive;

import org.kuzet.archive.internal.ReportReading;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.PlaceMatcher;
import org.kuzet.matching.TextMatchers;

/**
 * Turns a report's text into figures, indicators and narrative items. Pure Java over the matchers it is given, so
 * that {@code archive-import --dry-run} needs no database of its own. Thread-safe; build one and reuse it.
 */
public final class ReportExtractor {

    private final CueBook cues;
    private final PlaceMatcher places;

    /** Without Kuzet's database: the place and category names the migrations hold. */
    public ReportExtractor() {
        this(TextMatchers.standalone());
    }

    public ReportExtractor(TextMatchers matchers) {
        this.cues = matchers.cues();
        this.places = matchers.places();
    }

    public Extraction extract(String file, ReportText report) {
        return new ReportReading(file, report, cues, places).read();
    }

    CueBook cues() {
        return cues;
    }

    PlaceMatcher places() {
        return places;
    }
}
