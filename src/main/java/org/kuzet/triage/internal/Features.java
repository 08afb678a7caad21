package org.kuzet.triage.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;
import org.kuzet.matching.Tokens;

/**
 * Turns a text into the features the classifier weighs: word stems (the first six letters, so that Russian and
 * Kazakh endings fold together), pairs of neighbouring stems (for "fake account", "от имени"), and one feature per
 * category whose cue words occur, weighted more than a plain word because the cues are the staff's own knowledge.
 * Features are counted once per text: in short texts presence says more than frequency.
 */
public final class Features {

    static final int STEM = 6;
    static final int PAIR_STEM = 5;
    static final double CUE_WEIGHT = 3.0;

    private Features() {
    }

    record Extracted(List<String> tokens, List<CueHit> cues, Map<String, Double> weights) {
    }

    static Extracted of(String text, CueBook cueBook) {
        List<String> tokens = Tokens.of(text);
        List<CueHit> cues = cueBook.find(tokens);
        Map<String, Double> weights = new HashMap<>(tokens.size() * 3);
        String previous = null;
        for (String token : tokens) {
            if (token.length() < 2 || StopWords.contains(token) || Character.isDigit(token.charAt(0)) && !token.contains("-")) {
                previous = null;
                continue;
            }
            weights.put("w:" + Tokens.stem(token, STEM), 1.0);
            String pairStem = Tokens.stem(token, PAIR_STEM);
            if (previous != null) {
                weights.put("p:" + previous + "_" + pairStem, 1.0);
            }
            previous = pairStem;
        }
        Set<String> cueTexts = new HashSet<>();
        for (CueHit hit : cues) {
            if (cueTexts.add(hit.cue().category() + "|" + hit.cue().text())) {
                weights.merge("cue:" + hit.cue().category(), CUE_WEIGHT, Double::sum);
            }
        }
        return new Extracted(tokens, cues, weights);
    }
}
