package org.kuzet.workspace;

import java.util.ArrayList;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.Figure;
import org.kuzet.archive.Indicator;
import java.util.Comparator;
import java.util.List;

/** The report text cut into pieces, each figure's number a piece of its own, so the page can mark it. */
final class MarkedText {

    /** A piece of text; {@code key} is the figure found there, or null for plain text. */
    record Piece(String text, String key, String anchor) {
    }

    private MarkedText() {
    }

    static List<Piece> of(Extraction e) {
        String text = e.report().text();
        List<Mark> marks = new ArrayList<>();
        for (Figure f : e.figures()) {
            if (f.start() >= 0) {
                marks.add(new Mark(f.start(), f.end(), f.key() + " = " + f.value()));
            }
        }
        for (int i = 0; i < e.indicators().size(); i++) {
            Indicator ind = e.indicators().get(i);
            marks.add(new Mark(ind.start(), ind.end(), "indicator " + (i + 1) + " = " + ind.value()));
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        int n = 0;
        for (Mark m : marks) {
            if (m.start < at || m.end > text.length()) {
                continue;
            }
            if (m.start > at) {
                pieces.add(new Piece(text.substring(at, m.start), null, null));
            }
            pieces.add(new Piece(text.substring(m.start, m.end), m.label, "mark-" + n++));
            at = m.end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, null));
        }
        return pieces;
    }

    private record Mark(int start, int end, String label) {
    }
}
