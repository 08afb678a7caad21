package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.TextMatchers;

/**
 * Compares training settings on the training part alone (run on demand, not a test): for each cost and
 * class-weight exponent, models are trained on all folds but one (folds by wording, as {@link CueCalibration}
 * cuts them), calibrated on those folds, and measured on the fold left out. The held-out part is never read, so
 * the setting chosen here is not tuned to it. Prints macro-F1, group and top-3 accuracy per setting.
 */
public final class TriageTuning {

    private TriageTuning() {
    }

    /** Arguments: costs and exponents, as "1,2" "0.5" (default: the current ones). */
    public static void main(String[] args) {
        CueBook cues = TextMatchers.standalone().cues();
        List<List<LabeledItem>> folds = LabeledSet.shipped().trainingFolds(CueCalibration.FOLDS);
        double[] costs = args.length > 0 ? parse(args[0]) : new double[] {LinearClassifier.COST};
        double[] balances = args.length > 1 ? parse(args[1]) : new double[] {LinearClassifier.BALANCE};
        for (double cost : costs) {
            for (double balance : balances) {
                Evaluation calibrated = new Evaluation(TriageCategories.CODES);
                Evaluation alone = new Evaluation(TriageCategories.CODES);
                for (int f = 0; f < folds.size(); f++) {
                    List<List<LabeledItem>> rest = new ArrayList<>(folds);
                    rest.remove(f);
                    List<LabeledItem> training = rest.stream().flatMap(List::stream).toList();
                    CueCalibration calibration = CueCalibration.fit(cues, rest, cost, balance);
                    TriageModel model = TriageModel.trainUncalibrated(cues, training, cost, balance);
                    alone.addAll(model, folds.get(f));
                    calibrated.addAll(model.calibrated(calibration), folds.get(f));
                    System.out.println("fold " + f + ": " + calibration);
                }
                print("three steps alone", cost, balance, alone);
                print("calibrated (steps, all codes, cues)", cost, balance, calibrated);
            }
        }
    }

    private static void print(String what, double cost, double balance, Evaluation evaluation) {
        System.out.printf(Locale.ROOT, "cost %.1f balance %.1f, %s: macro-F1 %.3f, group %.3f, top-3 %.3f%n",
                cost, balance, what, evaluation.macroF1(), evaluation.groupAccuracy(), evaluation.topThreeAccuracy());
    }

    private static double[] parse(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
