package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.triage.Fact;

/**
 * The stretches of a text around its digits. Legal articles, amounts and dates all contain digits, so their
 * patterns run on these stretches only, not on the whole article: most of an article's text has none.
 */
public final class DigitWindows {

    private DigitWindows() {
    }

    /** Merged [start, end) windows reaching {@code radius} characters to each side of every digit. */
    static List<int[]> of(String text, int radius) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                int start = Math.max(0, i - radius);
                int end = Math.min(text.length(), i + radius + 1);
                if (!windows.isEmpty() && windows.getLast()[1] >= start) {
                    windows.getLast()[1] = end;
                } else {
                    windows.add(new int[] {start, end});
                }
            }
        }
        return windows;
    }

    interface Finder {
        List<Fact> find(String text);
    }

    /** Runs the finder on each window and shifts what it finds back to offsets in the whole text. */
    static List<Fact> find(String text, List<int[]> windows, Finder finder) {
        List<Fact> found = new ArrayList<>();
        for (int[] window : windows) {
            for (Fact fact : finder.find(text.substring(window[0], window[1]))) {
                found.add(new Fact(fact.kind(), fact.text(), fact.start() + window[0], fact.end() + window[0], fact.value()));
            }
        }
        return found;
    }
}
