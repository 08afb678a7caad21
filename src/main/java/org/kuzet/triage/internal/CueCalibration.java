package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;

/**
 * How much the staff's cue words count beside the model, learnt instead of fixed: a category's calibrated score is
 * {@code exp(a * log p + b * cues)}, normalised over the codes, where {@code p} is the model's probability and
 * {@code cues} the number of distinct cue words of that category in the text. {@code a} and {@code b} maximise the
 * likelihood of the right category on items the model did not train on: the shipped training part is cut into
 * folds by wording (each fold holds whole wordings of every category), a model is trained on the other folds, and
 * its scores on the fold are what the two numbers are fitted to. So the cues weigh as much as they help on wording
 * the model has not seen, which is what real news is; the held-out part is never looked at.
 */
final class CueCalibration {

    static final int FOLDS = 3;
    /** The model alone: what the folds' models use while the calibration is being fitted. */
    static final CueCalibration NONE = new CueCalibration(1, 0);
    private static final double FLOOR = 1e-9;
    private static final double RIDGE = 1e-3;
    private static final Map<Set<String>, CueCalibration> FITTED = new ConcurrentHashMap<>();

    private final double a;
    private final double b;

    CueCalibration(double a, double b) {
        this.a = a;
        this.b = b;
    }

    double modelWeight() {
        return a;
    }

    double cueWeight() {
        return b;
    }

    /** The calibration for these cue words, fitted once per set of cues (the shipped set does not change). */
    static CueCalibration of(CueBook cueBook) {
        Set<String> key = new HashSet<>();
        cueBook.cues().forEach(c -> key.add(c.category() + "|" + c.text()));
        return FITTED.computeIfAbsent(key, k -> fit(cueBook, LabeledSet.shipped().trainingFolds(FOLDS)));
    }

    /** Out-of-fold scores for every training item, then the two numbers fitted to them. */
    static CueCalibration fit(CueBook cueBook, List<List<LabeledItem>> folds) {
        return fit(cueBook, folds, LinearClassifier.COST, LinearClassifier.BALANCE);
    }

    /** As {@link #fit(CueBook, List)}, the folds' models trained with the cost and class-weight exponent given. */
    static CueCalibration fit(CueBook cueBook, List<List<LabeledItem>> folds, double cost, double balance) {
        List<double[]> logP = new ArrayList<>();
        List<int[]> hits = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<LabeledItem> training = new ArrayList<>();
            for (int g = 0; g < folds.size(); g++) {
                if (g != f) {
                    training.addAll(folds.get(g));
                }
            }
            TriageModel model = TriageModel.trainUncalibrated(cueBook, training, cost, balance);
            for (LabeledItem item : folds.get(f)) {
                Features.Extracted extracted = Features.of(item.text(), cueBook);
                double[] p = model.modelScores(extracted);
                double[] x = new double[p.length];
                for (int c = 0; c < p.length; c++) {
                    x[c] = Math.log(Math.max(p[c], FLOOR));
                }
                logP.add(x);
                hits.add(cueCounts(extracted.cues()));
                labels.add(TriageCategories.CODES.indexOf(item.category()));
            }
        }
        return newton(logP, hits, labels);
    }

    /** Per code (in the order of {@link TriageCategories#CODES}), how many distinct cue words of it occur. */
    static int[] cueCounts(List<CueHit> cues) {
        int[] counts = new int[TriageCategories.CODES.size()];
        Set<String> seen = new HashSet<>();
        for (CueHit hit : cues) {
            int c = TriageCategories.CODES.indexOf(hit.cue().category());
            if (c >= 0 && seen.add(hit.cue().category() + "|" + hit.cue().text())) {
                counts[c]++;
            }
        }
        return counts;
    }

    /** The calibrated distribution over the codes, summing to 1. */
    double[] apply(double[] modelScores, int[] cueCounts) {
        double[] s = new double[modelScores.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.length; c++) {
            s[c] = a * Math.log(Math.max(modelScores[c], FLOOR)) + b * cueCounts[c];
            max = Math.max(max, s[c]);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
        return s;
    }

    /** Newton's method on the two-parameter conditional logit (concave, so a few steps from "model alone" do). */
    private static CueCalibration newton(List<double[]> logP, List<int[]> hits, List<Integer> labels) {
        double a = 1;
        double b = 0;
        for (int step = 0; step < 50; step++) {
            double ga = -RIDGE * (a - 1);
            double gb = -RIDGE * b;
            double haa = -RIDGE;
            double hab = 0;
            double hbb = -RIDGE;
            for (int i = 0; i < logP.size(); i++) {
                double[] x = logP.get(i);
                int[] h = hits.get(i);
                int y = labels.get(i);
                double[] p = new CueCalibration(a, b).applyLog(x, h);
                double ex = 0;
                double eh = 0;
                double exx = 0;
                double exh = 0;
                double ehh = 0;
                for (int c = 0; c < x.length; c++) {
                    ex += p[c] * x[c];
                    eh += p[c] * h[c];
                    exx += p[c] * x[c] * x[c];
                    exh += p[c] * x[c] * h[c];
                    ehh += p[c] * h[c] * h[c];
                }
                ga += x[y] - ex;
                gb += h[y] - eh;
                haa -= exx - ex * ex;
                hab -= exh - ex * eh;
                hbb -= ehh - eh * eh;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            // halve the step until the likelihood does not fall (Newton's full step can overshoot far from the top)
            double now = likelihood(a, b, logP, hits, labels);
            double shrink = 1;
            while (shrink > 1e-6 && likelihood(a + shrink * da, b + shrink * db, logP, hits, labels) < now) {
                shrink /= 2;
            }
            a += shrink * da;
            b += shrink * db;
            if (shrink * (Math.abs(da) + Math.abs(db)) < 1e-6) {
                break;
            }
        }
        return new CueCalibration(a, b);
    }

    private static double likelihood(double a, double b, List<double[]> logP, List<int[]> hits, List<Integer> labels) {
        double sum = -RIDGE / 2 * ((a - 1) * (a - 1) + b * b);
        CueCalibration calibration = new CueCalibration(a, b);
        for (int i = 0; i < logP.size(); i++) {
            sum += Math.log(Math.max(calibration.applyLog(logP.get(i), hits.get(i))[labels.get(i)], 1e-300));
        }
        return sum;
    }

    private double[] applyLog(double[] logP, int[] h) {
        double[] p = new double[logP.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(logP[c]);
        }
        return apply(p, h);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "CueCalibration[model %.3f, cue %.3f]", a, b);
    }
}
