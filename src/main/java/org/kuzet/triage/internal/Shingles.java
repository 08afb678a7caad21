package org.kuzet.triage.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kuzet.matching.Tokens;

/**
 * Near-duplicate detection: the set of five-word runs of a text (hashed), compared by Jaccard similarity. The same
 * story reprinted by another outlet, with a different headline and a line added, keeps most of its runs.
 */
public final class Shingles {

    static final int WIDTH = 5;
    public static final double SAME_STORY = 0.6;

    private Shingles() {
    }

    public static Set<Integer> of(String text) {
        List<String> words = Tokens.of(text);
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + WIDTH <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + WIDTH)).hashCode());
        }
        if (shingles.isEmpty() && !words.isEmpty()) {
            shingles.add(String.join(" ", words).hashCode());
        }
        return shingles;
    }

    public static double jaccard(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (Integer s : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
