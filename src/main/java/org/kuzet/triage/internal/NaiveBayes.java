package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes with additive smoothing, trained in one pass over weighted features. Chosen because it
 * learns well from a few hundred items, trains in milliseconds at load, and its evidence is readable: the weight
 * of a feature for a category is how much likelier the feature is under that category than on average.
 */
public final class NaiveBayes {

    private static final double SMOOTHING = 1.0;

    private static final int MIN_ITEMS = 2;

    private final List<String> classes;
    private final Map<String, Integer> featureIndex;
    /** log P(feature | class), [feature][class]. */
    private final double[][] logLikelihood;
    /** log P(feature | class) minus its mean over classes: the evidence a feature gives for a class. */
    private final double[][] evidence;
    private final double[] logPrior;

    private NaiveBayes(List<String> classes, Map<String, Integer> featureIndex, double[][] logLikelihood,
            double[] logPrior) {
        this.classes = classes;
        this.featureIndex = featureIndex;
        this.logLikelihood = logLikelihood;
        this.logPrior = logPrior;
        this.evidence = new double[logLikelihood.length][];
        for (int f = 0; f < logLikelihood.length; f++) {
            double mean = 0;
            for (double v : logLikelihood[f]) {
                mean += v;
            }
            mean /= classes.size();
            evidence[f] = new double[classes.size()];
            for (int c = 0; c < classes.size(); c++) {
                evidence[f][c] = logLikelihood[f][c] - mean;
            }
        }
    }

    record Example(Map<String, Double> features, String label) {
    }

    static NaiveBayes train(List<String> classes, List<Example> examples) {
        // A word seen in one item only tells the story, not the category ("Zhanaozen", a name): keep features
        // that occur in at least two items.
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Example example : examples) {
            for (String feature : example.features().keySet()) {
                documentFrequency.merge(feature, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (Example example : examples) {
            for (String feature : example.features().keySet()) {
                if (documentFrequency.get(feature) >= MIN_ITEMS || feature.startsWith("cue:")) {
                    index.putIfAbsent(feature, index.size());
                }
            }
        }
        int nClasses = classes.size();
        double[][] counts = new double[index.size()][nClasses];
        double[] totals = new double[nClasses];
        double[] documents = new double[nClasses];
        for (Example example : examples) {
            int c = classes.indexOf(example.label());
            if (c < 0) {
                throw new IllegalArgumentException("unknown category '" + example.label() + "'");
            }
            documents[c]++;
            for (Map.Entry<String, Double> feature : example.features().entrySet()) {
                Integer f = index.get(feature.getKey());
                if (f == null) {
                    continue;
                }
                counts[f][c] += feature.getValue();
                totals[c] += feature.getValue();
            }
        }
        double[][] logLikelihood = new double[index.size()][nClasses];
        for (int f = 0; f < counts.length; f++) {
            for (int c = 0; c < nClasses; c++) {
                logLikelihood[f][c] = Math.log((counts[f][c] + SMOOTHING) / (totals[c] + SMOOTHING * index.size()));
            }
        }
        // Categories are about equally likely in the news a monitor triages; a uniform prior keeps rare
        // categories of the labeled set from being suppressed.
        double[] logPrior = new double[nClasses];
        return new NaiveBayes(List.copyOf(classes), index, logLikelihood, logPrior);
    }

    List<String> classes() {
        return classes;
    }

    /** Log-score per class (unnormalised); features never seen in training are ignored. */
    double[] scores(Map<String, Double> features) {
        double[] scores = logPrior.clone();
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer f = featureIndex.get(feature.getKey());
            if (f == null) {
                continue;
            }
            double weight = feature.getValue();
            double[] row = logLikelihood[f];
            for (int c = 0; c < scores.length; c++) {
                scores[c] += weight * row[c];
            }
        }
        return scores;
    }

    /** How much each known feature of the text speaks for the class, strongest first. */
    List<Map.Entry<String, Double>> evidenceFor(String label, Map<String, Double> features, int limit) {
        int c = classes.indexOf(label);
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer f = featureIndex.get(feature.getKey());
            if (f != null && evidence[f][c] > 0) {
                found.add(Map.entry(feature.getKey(), feature.getValue() * evidence[f][c]));
            }
        }
        found.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }
}
