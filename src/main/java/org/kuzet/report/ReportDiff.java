package org.kuzet.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between a published version and the report the data gives now: each figure whose value changed
 * (or appeared, or went), and the lines of text added and removed.
 */
public record ReportDiff(int publishedVersion, List<FigureChange> figures, List<String> added, List<String> removed) {

    public record FigureChange(String figure, Long published, Long now) {
    }

    public boolean isEmpty() {
        return figures.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    static ReportDiff between(PublishedReport published, Map<String, Long> figuresNow, String markdownPublished,
            String markdownNow) {
        Set<String> keys = new LinkedHashSet<>(published.figures().keySet());
        keys.addAll(figuresNow.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String key : keys) {
            Long before = published.figures().get(key);
            Long now = figuresNow.get(key);
            if (!Objects.equals(before, now)) {
                changes.add(new FigureChange(key, before, now));
            }
        }
        return new ReportDiff(published.version(), changes, missingFrom(markdownNow, markdownPublished),
                missingFrom(markdownPublished, markdownNow));
    }

    /** Lines of {@code text} that {@code other} does not have (as many times as they are missing). */
    private static List<String> missingFrom(String text, String other) {
        Map<String, Integer> available = new HashMap<>();
        for (String line : other.split("\n")) {
            available.merge(line, 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (available.getOrDefault(line, 0) > 0) {
                available.merge(line, -1, Integer::sum);
            } else {
                missing.add(line);
            }
        }
        return missing;
    }
}
