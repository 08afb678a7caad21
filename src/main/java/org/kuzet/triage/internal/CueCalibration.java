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
 * How much the model's two readings and the staff's cue words count, learnt instead of fixed: a code's calibrated
 * score is {@code exp(a * log p + f * log q + b * cues)}, normalised over the codes, where {@code p} is the three
 * steps' probability (incident, group, category), {@code q} the one-step probability over all codes, and
 * {@code cues} the number of distinct cue words of that code in the text. {@code a}, {@code f} and {@code b}
 * maximise the likelihood of the right code on items the model did not train on: the shipped training part is cut
 * into folds by wording (each fold holds whole wordings of every category), a model is trained on the other folds,
 * and its scores on the fold are what the three numbers are fitted to. So each reading weighs as much as it helps on
 * wording the model has not seen, which is what real news is; the held-out part is never looked at. (Weighing the
 * three steps apart, with a number each, gained nothing on the training folds.)
 */
final class CueCalibration {

    static final int FOLDS = 3;
    /** The three steps alone: what the folds' models use while the calibration is being fitted. */
    static final CueCalibration NONE = new CueCalibration(new double[] {1, 0, 0});
    private static final double FLOOR = 1e-9;
    private static final double RIDGE = 1e-3;
    private static final Map<Set<String>, CueCalibration> FITTED = new ConcurrentHashMap<>();

    /** The weights of the steps' log-probability, of the one-step log-probability, and of the cue count. */
    private final double[] w;

    private CueCalibration(double[] w) {
        this.w = w.clone();
    }

    CueCalibration(double steps, double allCodes, double cues) {
        this(new double[] {steps, allCodes, cues});
    }

    double stepsWeight() {
        return w[0];
    }

    double allCodesWeight() {
        return w[1];
    }

    double cueWeight() {
        return w[2];
    }

    /** The calibration for these cue words, fitted once per set of cues (the shipped set does not change). */
    static CueCalibration of(CueBook cueBook) {
        Set<String> key = new HashSet<>();
        cueBook.cues().forEach(c -> key.add(c.category() + "|" + c.text()));
        return FITTED.computeIfAbsent(key, k -> fit(cueBook, LabeledSet.shipped().trainingFolds(FOLDS)));
    }

    /** Out-of-fold scores for every training item, then the three numbers fitted to them. */
    static CueCalibration fit(CueBook cueBook, List<List<LabeledItem>> folds) {
        return fit(cueBook, folds, LinearClassifier.COST, LinearClassifier.BALANCE);
    }

    /** As {@link #fit(CueBook, List)}, the folds' models trained with the cost and class-weight exponent given. */
    static CueCalibration fit(CueBook cueBook, List<List<LabeledItem>> folds, double cost, double balance) {
        List<double[][]> terms = new ArrayList<>();
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
                terms.add(terms(model.modelScores(extracted), cueCounts(extracted.cues())));
                labels.add(TriageCategories.CODES.indexOf(item.category()));
            }
        }
        return fitted(terms, labels);
    }

    /** The three numbers fitted to out-of-fold terms (see {@link #terms}) and the right codes' indexes. */
    static CueCalibration fitted(List<double[][]> terms, List<Integer> labels) {
        return new CueCalibration(newton(terms, labels, NONE.w));
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

    /** Per code, what the weights multiply: the model's two probabilities (floored) as logarithms, and the cue count. */
    static double[][] terms(double[][] modelScores, int[] cueCounts) {
        double[][] terms = new double[modelScores.length][];
        for (int c = 0; c < terms.length; c++) {
            terms[c] = new double[] {Math.log(Math.max(modelScores[c][0], FLOOR)),
                Math.log(Math.max(modelScores[c][1], FLOOR)), cueCounts[c]};
        }
        return terms;
    }

    /** The calibrated distribution over the codes, summing to 1. */
    double[] apply(double[][] modelScores, int[] cueCounts) {
        return softmax(terms(modelScores, cueCounts), w);
    }

    private static double[] softmax(double[][] terms, double[] w) {
        double[] s = new double[terms.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.length; c++) {
            for (int k = 0; k < w.length; k++) {
                s[c] += w[k] * terms[c][k];
            }
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

    /**
     * Newton's method on the conditional logit over the codes (concave, so a few steps from the start do), with a
     * small ridge towards the start.
     */
    private static double[] newton(List<double[][]> z, List<Integer> labels, double[] start) {
        int d = start.length;
        double[] w = start.clone();
        for (int step = 0; step < 50; step++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int k = 0; k < d; k++) {
                g[k] = -RIDGE * (w[k] - start[k]);
                h[k][k] = -RIDGE;
            }
            for (int i = 0; i < z.size(); i++) {
                addItem(z.get(i), labels.get(i), w, g, h);
            }
            double[] delta = solve(h, g);
            // halve the step until the likelihood does not fall (Newton's full step can overshoot far from the top)
            double now = likelihood(w, start, z, labels);
            double shrink = 1;
            while (shrink > 1e-6 && likelihood(minus(w, delta, shrink), start, z, labels) < now) {
                shrink /= 2;
            }
            w = minus(w, delta, shrink);
            double moved = 0;
            for (double v : delta) {
                moved += Math.abs(v) * shrink;
            }
            if (moved < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** One item's share of the gradient and the Hessian: the right code's terms less their expectation, and their covariance. */
    private static void addItem(double[][] x, int label, double[] w, double[] g, double[][] h) {
        int d = w.length;
        double[] p = softmax(x, w);
        double[] mean = new double[d];
        for (int c = 0; c < x.length; c++) {
            for (int k = 0; k < d; k++) {
                mean[k] += p[c] * x[c][k];
            }
        }
        for (int k = 0; k < d; k++) {
            g[k] += x[label][k] - mean[k];
        }
        for (int c = 0; c < x.length; c++) {
            for (int k = 0; k < d; k++) {
                for (int l = 0; l < d; l++) {
                    h[k][l] -= p[c] * (x[c][k] - mean[k]) * (x[c][l] - mean[l]);
                }
            }
        }
    }

    private static double[] minus(double[] a, double[] b, double times) {
        double[] sum = a.clone();
        for (int k = 0; k < sum.length; k++) {
            sum[k] -= times * b[k];
        }
        return sum;
    }

    /** Solves h x = g by Gaussian elimination with partial pivoting (h is small: a row per weight). */
    private static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(h[i], 0, a[i], 0, n);
            a[i][n] = g[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[r][k] -= f * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = a[i][n];
            for (int k = i + 1; k < n; k++) {
                v -= a[i][k] * x[k];
            }
            x[i] = v / a[i][i];
        }
        return x;
    }

    private static double likelihood(double[] w, double[] start, List<double[][]> z, List<Integer> labels) {
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum -= RIDGE / 2 * (w[k] - start[k]) * (w[k] - start[k]);
        }
        for (int i = 0; i < z.size(); i++) {
            sum += Math.log(Math.max(softmax(z.get(i), w)[labels.get(i)], 1e-300));
        }
        return sum;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "CueCalibration[steps %.3f, all codes %.3f, cue %.3f]", w[0], w[1], w[2]);
    }
}
