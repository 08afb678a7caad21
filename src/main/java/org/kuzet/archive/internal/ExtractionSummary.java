package org.kuzet.archive.internal;

import java.util.Map;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.Figure;
import org.kuzet.archive.Indicator;
import org.kuzet.archive.NarrativeItem;
import org.kuzet.archive.UnusedLine;

/** The human-readable output of archive-import (without --json). */
final class ExtractionSummary {

    private ExtractionSummary() {
    }

    static String of(Extraction e, Object stored) {
        StringBuilder out = new StringBuilder();
        out.append(e.file()).append(": ").append(e.period() == null ? "month unknown" : e.period()).append('\n');
        for (Figure f : e.figures()) {
            out.append("  ").append(f.key()).append(" = ").append(f.value()).append('\n');
        }
        for (Indicator i : e.indicators()) {
            out.append("  indicator ").append(i.qualifier().isEmpty() ? "" : i.qualifier() + " ").append(i.value())
                    .append(' ').append(i.what()).append('\n');
        }
        for (NarrativeItem i : e.items()) {
            out.append("  ").append(i.context() ? "context " : "item ").append(i.date() == null ? "" : i.date())
                    .append(i.place() == null ? "" : " " + i.place())
                    .append(i.category() == null ? "" : " [" + i.category() + "]").append(": ").append(i.title())
                    .append('\n');
        }
        for (String w : e.warnings()) {
            out.append("  warning: ").append(w).append('\n');
        }
        for (UnusedLine u : e.unused()) {
            out.append("  unused: ").append(u.reason()).append(": ").append(u.text()).append('\n');
        }
        if (stored instanceof Map<?, ?> m) {
            out.append("  stored: ").append(m).append('\n');
        }
        return out.toString();
    }
}
