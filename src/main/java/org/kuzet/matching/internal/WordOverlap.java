package org.kuzet.matching.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kuzet.matching.Tokens;

/**
 * Which code of the tree a label means, by the words it shares with the code's names and cue words in all three
 * languages: "misuse of the image of media" shares "image" and "media" with "unauthorised use of the image of media,
 * journalists and newsmakers". Words are compared by their first five letters (a crude stem that serves English
 * plurals, British and American spellings and Russian and Kazakh endings alike); a word found under few codes says
 * more than one found under many ("image" more than "journalists").
 */
public final class WordOverlap {

    private static final int STEM = 5;
    /** Less than this is chance (and one word shared is never enough: "violations" alone names no code). */
    private static final double ENOUGH = 2.0;
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "into", "other", "their",
            "this", "that", "which", "were", "was", "are", "или", "для", "при", "его", "её", "және", "немесе", "мен");

    private final Map<String, Set<String>> stemsOf = new LinkedHashMap<>();
    private final Map<String, Double> weight = new HashMap<>();

    /** Each entry: a code and one of its names or cue words; of two codes that score the same, the first listed wins. */
    public WordOverlap(List<Map.Entry<String, String>> names) {
        for (Map.Entry<String, String> name : names) {
            stemsOf.computeIfAbsent(name.getKey(), k -> new HashSet<>()).addAll(stems(name.getValue()));
        }
        Map<String, Integer> codesWith = new HashMap<>();
        stemsOf.values().forEach(stems -> stems.forEach(s -> codesWith.merge(s, 1, Integer::sum)));
        codesWith.forEach((s, n) -> weight.put(s, Math.log((double) (stemsOf.size() + 1) / n)));
    }

    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String token : Tokens.of(text)) {
            if (token.length() > 3 && !STOP.contains(token) && !Character.isDigit(token.charAt(0))) {
                out.add(Tokens.stem(russian(token), STEM));
            }
        }
        return out;
    }

    /** A Russian word less its ending, also a short one ("иски" and "исков" are both "иск"). */
    private static String russian(String token) {
        if (Character.UnicodeBlock.of(token.charAt(0)) != Character.UnicodeBlock.CYRILLIC) {
            return token;
        }
        if (token.length() == 4 && "аеиоуыяюй".indexOf(token.charAt(3)) >= 0) {
            return token.substring(0, 3);
        }
        return Stems.of(token, "ru");
    }

    /** The code's word this word is, or begins ("айып" and "айыптаулар" are one word cut short), or null. */
    private static String shared(String word, Set<String> stems) {
        if (stems.contains(word)) {
            return word;
        }
        if (word.length() < STEM) {
            for (String s : stems) {
                if (s.startsWith(word)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The allowed code whose names share most with the text, if it shares enough to be more than chance. */
    public Optional<String> best(String text, Predicate<String> allowed) {
        Set<String> words = stems(text);
        String best = null;
        double top = 0;
        for (Map.Entry<String, Set<String>> code : stemsOf.entrySet()) {
            if (!allowed.test(code.getKey())) {
                continue;
            }
            double score = 0;
            int shared = 0;
            for (String w : words) {
                String known = shared(w, code.getValue());
                if (known != null) {
                    score += weight.get(known);
                    shared++;
                }
            }
            if (shared >= 2 && score > top) {
                top = score;
                best = code.getKey();
            }
        }
        return top >= ENOUGH ? Optional.of(best) : Optional.empty();
    }
}
