package org.kuzet.archive;

/**
 * Turns a report's text into figures, indicators and narrative items. Pure Java: no database, so that
 * {@code archive-import --dry-run} starts none. Thread-safe; build one and reuse it.
 */
public final class ReportExtractor {

    private final CueWords cues;
    private final Gazetteer gazetteer;

    public ReportExtractor() {
        this(CueWords.load(), Gazetteer.load());
    }

    ReportExtractor(CueWords cues, Gazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
    }

    public Extraction extract(String file, ReportText report) {
        return new ReportReading(file, report, cues, gazetteer).read();
    }

    CueWords cues() {
        return cues;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }
}
