package org.kuzet.triage.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;
import org.kuzet.matching.Tokens;
import org.kuzet.spelling.Spelling;

/**
 * Turns a text into the features the classifier weighs, over its spelling-folded words (Spelling's key: Cyrillic
 * transliterated, q/k, y/i and the like collapsed, so that "Azattyq" and "Азаттық" or "Oral" and "Орал" share
 * features): word stems (the first five letters, so that Russian and Kazakh endings fold together), pairs of
 * neighbouring stems ("fake account", "от имени"), character 4-grams of the longer words (a stem of another length,
 * a word with a prefix). The staff's cue words are found too, and given as reasons, but are no features (a
 * feature per cued category changed nothing on the training folds, where {@link CueCalibration}, which weighs
 * them after the model, gained 0.08 macro-F1). Each
 * feature counts once, and the vector has unit length, so a one-line item and a paragraph weigh alike.
 * Word and pair features can tell the words they came from, so that a reason reads as the text's own words.
 */
public final class Features {

    static final int STEM = 5;
    static final int PAIR_STEM = 4;
    static final int GRAM = 4;

    private Features() {
    }

    /**
     * The features of a text (each counts once, all with the same value, so that the vector has unit length), the
     * cues found, and the text's words, from which the words each word or pair feature came from are found when a
     * reason is asked for.
     */
    public static final class Extracted {

        private final List<String> names;
        private final List<String> tokens;
        private final List<CueHit> cues;
        private Map<String, Double> weights;

        private Extracted(List<String> names, List<String> tokens, List<CueHit> cues) {
            this.names = names;
            this.tokens = tokens;
            this.cues = cues;
        }

        /** The distinct feature names. */
        List<String> names() {
            return names;
        }

        /** Every feature's value: one over the square root of their number. */
        double value() {
            return names.isEmpty() ? 0 : 1 / Math.sqrt(names.size());
        }

        public Map<String, Double> weights() {
            if (weights == null) {
                Map<String, Double> all = new HashMap<>(names.size() * 2);
                double value = value();
                names.forEach(n -> all.put(n, value));
                weights = all;
            }
            return weights;
        }

        public List<CueHit> cues() {
            return cues;
        }

        /** The words, as the text wrote them (lower case), each word or pair feature first came from. */
        public Map<String, String> written() {
            Map<String, String> written = new HashMap<>();
            walk(tokens, (token, features, pair, before) -> {
                written.putIfAbsent(features.stem(), token);
                if (pair != null) {
                    written.putIfAbsent(pair, before + " " + token);
                }
            });
            return written;
        }
    }

    public static Extracted of(String text, CueBook cueBook) {
        List<String> tokens = Tokens.of(text);
        List<CueHit> cues = cueBook.find(tokens);
        Set<String> names = new LinkedHashSet<>(tokens.size() * 8);
        walk(tokens, (token, features, pair, before) -> {
            names.add(features.stem());
            if (pair != null) {
                names.add(pair);
            }
            Collections.addAll(names, features.grams());
        });
        return new Extracted(List.copyOf(names), tokens, cues);
    }

    /** What a walk over a text's words meets: a word with its features, and the pair it makes with the word before. */
    private interface Step {
        void word(String token, TokenFeatures features, String pair, String before);
    }

    /** The words that give features, in order; a word that gives none breaks the pairs. */
    private static void walk(List<String> tokens, Step step) {
        TokenFeatures previous = null;
        String before = null;
        for (String token : tokens) {
            TokenFeatures features = TokenFeatures.of(token);
            if (features == null) {
                previous = null;
                continue;
            }
            step.word(token, features, previous == null ? null : "p:" + previous.pairStem() + "_" + features.pairStem(),
                    before);
            previous = features;
            before = token;
        }
    }

    /**
     * What one word gives, whatever text it is in: its stem feature, the stem pairs are made of, and its character
     * grams; null for a word that gives none (a stop word, a number, a letter). Kept per word, as news repeats its
     * words and making these strings is most of the cost of reading a text.
     */
    private record TokenFeatures(String stem, String pairStem, String[] grams) {

        private static final TokenFeatures NONE = new TokenFeatures("", "", new String[0]);
        private static final Map<String, TokenFeatures> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

        static TokenFeatures of(String token) {
            TokenFeatures known = KNOWN.get(token);
            if (known == null) {
                known = make(token);
                if (KNOWN.size() < FOLDED_KEPT) {
                    KNOWN.put(token, known);
                }
            }
            return known == NONE ? null : known;
        }

        private static TokenFeatures make(String token) {
            if (token.length() < 2 || StopWords.contains(token) || Character.isDigit(token.charAt(0))) {
                return NONE;
            }
            String folded = fold(token);
            if (folded.length() < 2) {
                return NONE;
            }
            return new TokenFeatures("w:" + Tokens.stem(folded, STEM), Tokens.stem(folded, PAIR_STEM), Features.grams(folded));
        }
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

    private static String[] grams(String folded) {
        if (folded.length() < GRAM + 1) {
            return new String[0];
        }
        String padded = "_" + folded + "_";
        String[] grams = new String[padded.length() - GRAM + 1];
        for (int i = 0; i + GRAM <= padded.length(); i++) {
            grams[i] = "c:" + padded.substring(i, i + GRAM);
        }
        return grams;
    }
}
