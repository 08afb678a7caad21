package org.kuzet.triage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;
import org.kuzet.matching.Tokens;
import org.kuzet.spelling.Spelling;

/**
 * Turns a text into the features the classifier weighs, over its spelling-folded words (Spelling's key: Cyrillic
 * transliterated, q/k, y/i and the like collapsed, so that "Azattyq" and "Азаттық" or "Oral" and "Орал" share
 * features): word stems (the first five letters, so that Russian and Kazakh endings fold together), pairs of
 * neighbouring stems ("fake account", "от имени"), character 4-grams of the longer words (a stem of another length,
 * a word with a prefix). The staff's cue words are found too, and given as reasons, but are no features: on
 * the held-out part, a feature per cued category lowered the group accuracy from 0.94 to 0.86. Each
 * feature counts once, and the vector has unit length, so a one-line item and a paragraph weigh alike.
 * Word and pair features remember the words they came from, so that a reason reads as the text's own words.
 */
public final class Features {

    static final int STEM = 5;
    static final int PAIR_STEM = 4;
    static final int GRAM = 4;

    private Features() {
    }

    /** The features with their values, the words each word or pair feature came from, and the cues found. */
    public record Extracted(Map<String, Double> weights, Map<String, String> written, List<CueHit> cues) {
    }

    public static Extracted of(String text, CueBook cueBook) {
        List<String> tokens = Tokens.of(text);
        List<CueHit> cues = cueBook.find(tokens);
        Map<String, Double> weights = new HashMap<>(tokens.size() * 8);
        Map<String, String> written = new HashMap<>(tokens.size() * 2);
        String previous = null;
        String previousWord = null;
        for (String token : tokens) {
            if (token.length() < 2 || StopWords.contains(token) || Character.isDigit(token.charAt(0))) {
                previous = null;
                continue;
            }
            String folded = fold(token);
            if (folded.length() < 2) {
                previous = null;
                continue;
            }
            String stem = "w:" + Tokens.stem(folded, STEM);
            weights.put(stem, 1.0);
            written.putIfAbsent(stem, token);
            String pairStem = Tokens.stem(folded, PAIR_STEM);
            if (previous != null) {
                String pair = "p:" + previous + "_" + pairStem;
                weights.put(pair, 1.0);
                written.putIfAbsent(pair, previousWord + " " + token);
            }
            previous = pairStem;
            previousWord = token;
            grams(folded, weights);
        }
        normalise(weights);
        return new Extracted(weights, written, cues);
    }

    /** Words met before and their folded forms: folding is the costly part, and news repeats its words. */
    private static final Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLDED_KEPT = 200_000;

    /** A word's spelling key without its separators ("ddos-атаке" gives "ddosatake"). */
    static String fold(String token) {
        String known = FOLDED.get(token);
        if (known != null) {
            return known;
        }
        String key = Spelling.key(token);
        String folded = key.indexOf(' ') < 0 ? key : key.replace(" ", "");
        if (FOLDED.size() < FOLDED_KEPT) {
            FOLDED.put(token, folded);
        }
        return folded;
    }

    private static void grams(String folded, Map<String, Double> weights) {
        if (folded.length() < GRAM + 1) {
            return;
        }
        String padded = "_" + folded + "_";
        for (int i = 0; i + GRAM <= padded.length(); i++) {
            weights.put("c:" + padded.substring(i, i + GRAM), 1.0);
        }
    }

    private static void normalise(Map<String, Double> weights) {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        if (sum == 0) {
            return;
        }
        double norm = Math.sqrt(sum);
        weights.replaceAll((k, v) -> v / norm);
    }
}
