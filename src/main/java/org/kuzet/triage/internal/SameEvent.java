package org.kuzet.triage.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.matching.Tokens;

/**
 * Whether two candidates tell of the same event, in any outlet, script or language: of the same group of categories,
 * they name the same person or outlet (by spelling key, so "Tulegenova", "Тулегенова" and "Төлегенова" agree), and
 * the same place or the same date; or, naming no one in common, the same place and date and much the same words.
 */
public final class SameEvent {

    /** Keys this close are one name spelt two ways (ө for u, a dropped letter). */
    private static final int SPELLING_SLACK = 2;
    private static final double SIMILAR_WORDING = 0.3;

    private SameEvent() {
    }

    /** What an event is recognised by: its group, names, places, date, and the stems of its words. */
    public record Marks(String group, Set<String> names, Set<String> places, String date, Set<String> stems) {
    }

    public static Marks of(String category, List<Map<String, Object>> facts, String date, String text) {
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Map<String, Object> fact : facts) {
            Object kind = fact.get("kind");
            if ("person".equals(kind) || "outlet".equals(kind)) {
                names.add(String.valueOf(fact.get("value")));
            } else if ("place".equals(kind)) {
                places.add(String.valueOf(fact.get("value")));
            }
        }
        Set<String> stems = new HashSet<>();
        for (String token : Tokens.of(text)) {
            if (token.length() > 3 && !StopWords.contains(token)) {
                stems.add(Tokens.stem(Features.fold(token), Features.STEM));
            }
        }
        return new Marks(TriageCategories.groupOf(category), names, places, date, stems);
    }

    public static boolean same(Marks a, Marks b) {
        if (!a.group().equals(b.group())) {
            return false;
        }
        boolean place = !a.places().isEmpty() && a.places().stream().anyMatch(b.places()::contains);
        boolean date = a.date() != null && a.date().equals(b.date());
        if (sharesName(a.names(), b.names())) {
            return place || date;
        }
        return place && date && wording(a.stems(), b.stems()) >= SIMILAR_WORDING;
    }

    static boolean sharesName(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || x.length() >= 6 && y.length() >= 6 && distance(x, y) <= SPELLING_SLACK) {
                    return true;
                }
            }
        }
        return false;
    }

    static double wording(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
