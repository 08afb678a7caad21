package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;
import org.kuzet.matching.TextMatchers;
import org.kuzet.triage.CategoryScore;

/**
 * The triage classifier: cue words and naive Bayes over word stems. It is trained when made (a few hundred items
 * take milliseconds), from the shipped labeled set and, with a database, from the service's own decisions.
 */
public final class TriageModel {

    private static final int EVIDENCE_SHOWN = 5;
    private static volatile TriageModel shipped;

    private final CueBook cueBook;
    private final NaiveBayes bayes;

    private TriageModel(CueBook cueBook, NaiveBayes bayes) {
        this.cueBook = cueBook;
        this.bayes = bayes;
    }

    /** The model without a database: the migrations' cues, trained on the training part of the shipped labeled set. */
    public static TriageModel shipped() {
        TriageModel model = shipped;
        if (model == null) {
            synchronized (TriageModel.class) {
                if (shipped == null) {
                    shipped = train(TextMatchers.standalone().cues(), LabeledSet.shipped().training());
                }
                model = shipped;
            }
        }
        return model;
    }

    static TriageModel train(CueBook cueBook, List<LabeledItem> items) {
        List<NaiveBayes.Example> examples = new ArrayList<>(items.size());
        for (LabeledItem item : items) {
            examples.add(new NaiveBayes.Example(Features.of(item.text(), cueBook).weights(), item.category()));
        }
        return new TriageModel(cueBook, NaiveBayes.train(TriageCategories.CODES, examples));
    }

    CueBook cueBook() {
        return cueBook;
    }

    public Classification classify(String text) {
        Features.Extracted extracted = Features.of(text, cueBook);
        double[] scores = bayes.scores(extracted.weights());
        addCueBoost(scores, extracted.cues());
        double[] probabilities = softmax(scores, temperature(extracted.weights()));
        List<String> classes = bayes.classes();
        List<CategoryScore> ranked = new ArrayList<>(classes.size());
        for (int c = 0; c < classes.size(); c++) {
            ranked.add(new CategoryScore(classes.get(c), probabilities[c]));
        }
        ranked.sort(Comparator.comparingDouble(CategoryScore::score).reversed());
        return new Classification(List.copyOf(ranked), why(ranked.getFirst().category(), extracted), extracted.cues());
    }

    private List<String> why(String category, Features.Extracted extracted) {
        List<String> why = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (CueHit hit : extracted.cues()) {
            String line = "cue '" + hit.cue().text() + "' (" + hit.cue().lang() + ") -> " + hit.cue().category();
            if (!seen.contains(line)) {
                seen.add(line);
                why.add(line);
            }
        }
        for (Map.Entry<String, Double> e : bayes.evidenceFor(category, extracted.weights(), EVIDENCE_SHOWN)) {
            why.add(String.format(java.util.Locale.ROOT, "feature %s +%.2f", e.getKey(), e.getValue()));
        }
        return List.copyOf(why);
    }

    private static final double CUE_BOOST = 4.0;

    /**
     * The staff's cue words count directly, not only through what the labeled set taught: each distinct cue of a
     * category found in the text raises that category, so that a newly added cue works before any retraining.
     */
    private void addCueBoost(double[] scores, List<CueHit> hits) {
        List<String> classes = bayes.classes();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CueHit hit : hits) {
            int c = classes.indexOf(hit.cue().category());
            if (c >= 0 && seen.add(hit.cue().text())) {
                scores[c] += CUE_BOOST;
            }
        }
    }

    /**
     * Naive Bayes adds up the evidence of every word as if independent, so its raw posteriors are near 0 or 1 for
     * any long text. Dividing by a temperature that grows with the text's length keeps the scores comparable
     * between a one-line report and a paragraph, and leaves room for a second proposal.
     */
    private static double temperature(Map<String, Double> weights) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        return Math.max(1.0, Math.sqrt(total));
    }

    private static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp((scores[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
