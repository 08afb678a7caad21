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
    public record Marks(String group, Set<String> names, Set<String> capitals, Set<String> places, String date,
            Set<String> stems) {
    }

    /**
     * The marks of a passage ({@code offset}: where it starts in its article, which the facts' offsets count from).
     * Besides the names found, the capitalised words inside sentences that name no place count as names: a first
     * name keeps its form in all three languages ("Айгерим", "Айгерім", "Aigerim") where a surname takes endings.
     */
    public static Marks of(String category, List<Map<String, Object>> facts, String date, String text, int offset) {
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        List<int[]> placed = new java.util.ArrayList<>();
        for (Map<String, Object> fact : facts) {
            Object kind = fact.get("kind");
            if ("person".equals(kind) || "outlet".equals(kind)) {
                names.add(String.valueOf(fact.get("value")));
            } else if ("place".equals(kind)) {
                places.add(String.valueOf(fact.get("value")));
                placed.add(new int[] {((Number) fact.get("start")).intValue() - offset, ((Number) fact.get("end")).intValue() - offset});
            }
        }
        Set<String> capitals = new HashSet<>();
        for (Words.Word word : Words.of(text)) {
            if (word.capitalised() && word.text().length() > 3 && !sentenceStart(text, word.start())
                    && placed.stream().noneMatch(p -> p[0] < word.end() && word.start() < p[1])) {
                capitals.add(Tokens.stem(Features.fold(word.text()), Features.STEM));
            }
        }
        Set<String> stems = new HashSet<>();
        for (String token : Tokens.of(text)) {
            if (token.length() > 3 && !StopWords.contains(token)) {
                stems.add(Tokens.stem(Features.fold(token), Features.STEM));
            }
        }
        return new Marks(TriageCategories.groupOf(category), names, capitals, places, date, stems);
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '«')) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    public static boolean same(Marks a, Marks b) {
        if (!a.group().equals(b.group())) {
            return false;
        }
        boolean place = !a.places().isEmpty() && a.places().stream().anyMatch(b.places()::contains);
        boolean date = a.date() != null && a.date().equals(b.date());
        if (sharesName(a.names(), b.names()) || a.capitals().stream().anyMatch(b.capitals()::contains)) {
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
