package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kuzet.triage.CategoryScore;

/**
 * Precision, recall and F1 per category, their macro average and the confusion matrix, for the model's first
 * choice against the labels. Macro-F1 averages over the categories that occur in the labels or the predictions,
 * so that a category the model never gets right pulls the figure down.
 */
public final class Evaluation {

    private final List<String> categories;
    private final int[][] confusion;
    private int total;
    private int groupRight;
    private int inTopThree;

    Evaluation(List<String> categories) {
        this.categories = List.copyOf(categories);
        this.confusion = new int[categories.size()][categories.size()];
    }

    static Evaluation of(TriageModel model, List<LabeledItem> items) {
        List<String> categories = new ArrayList<>(TriageCategories.CODES);
        items.stream().map(LabeledItem::category).filter(c -> !categories.contains(c)).distinct().forEach(categories::add);
        Evaluation evaluation = new Evaluation(categories);
        evaluation.addAll(model, items);
        return evaluation;
    }

    /** Adds the model's answers on the items (whose categories must be among this evaluation's). */
    void addAll(TriageModel model, List<LabeledItem> items) {
        for (LabeledItem item : items) {
            Classification result = model.classify(item.text());
            List<String> topThree = result.ranked().stream().limit(TOP).map(CategoryScore::category).toList();
            add(item.category(), result.category(), topThree.contains(item.category()));
        }
    }

    static final int TOP = 3;

    void add(String expected, String predicted) {
        add(expected, predicted, expected.equals(predicted));
    }

    /** One item: its label, the model's first choice, and whether the label was among the first three. */
    void add(String expected, String predicted, boolean amongTopThree) {
        confusion[categories.indexOf(expected)][categories.indexOf(predicted)]++;
        total++;
        if (TriageCategories.groupOf(expected).equals(TriageCategories.groupOf(predicted))) {
            groupRight++;
        }
        if (amongTopThree) {
            inTopThree++;
        }
    }

    /** The share of items whose group (rights violations, access to information, legal claims, context) is right. */
    double groupAccuracy() {
        return total == 0 ? 0 : (double) groupRight / total;
    }

    /** The share of items whose category is among the model's first three. */
    double topThreeAccuracy() {
        return total == 0 ? 0 : (double) inTopThree / total;
    }

    int total() {
        return total;
    }

    double precision(String category) {
        int c = categories.indexOf(category);
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    double recall(String category) {
        int c = categories.indexOf(category);
        int expected = 0;
        for (int n : confusion[c]) {
            expected += n;
        }
        return expected == 0 ? 0 : (double) confusion[c][c] / expected;
    }

    double f1(String category) {
        double p = precision(category);
        double r = recall(category);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        int right = 0;
        for (int c = 0; c < categories.size(); c++) {
            right += confusion[c][c];
        }
        return total == 0 ? 0 : (double) right / total;
    }

    List<String> present() {
        List<String> present = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            int seen = 0;
            for (int k = 0; k < categories.size(); k++) {
                seen += confusion[c][k] + confusion[k][c];
            }
            if (seen > 0) {
                present.add(categories.get(c));
            }
        }
        return present;
    }

    double macroF1() {
        List<String> present = present();
        return present.isEmpty() ? 0 : present.stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** A plain-text report: a table per category, the averages, and the confusion matrix by column number. */
    String report() {
        StringBuilder out = new StringBuilder();
        List<String> present = present();
        out.append(String.format(Locale.ROOT, "%-3s %-36s %9s %9s %9s %7s%n", "#", "category", "precision", "recall", "f1", "support"));
        for (int i = 0; i < present.size(); i++) {
            String category = present.get(i);
            int c = categories.indexOf(category);
            int support = 0;
            for (int n : confusion[c]) {
                support += n;
            }
            out.append(String.format(Locale.ROOT, "%-3d %-36s %9.3f %9.3f %9.3f %7d%n", i + 1, category,
                    precision(category), recall(category), f1(category), support));
        }
        out.append(String.format(Locale.ROOT, "items %d, accuracy %.3f, macro-F1 %.3f, group accuracy %.3f, top-3 accuracy %.3f%n",
                total, accuracy(), macroF1(), groupAccuracy(), topThreeAccuracy()));
        out.append("confusion matrix (rows: expected, columns: predicted, by # above)").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%4s", ""));
        for (int i = 0; i < present.size(); i++) {
            out.append(String.format(Locale.ROOT, "%4d", i + 1));
        }
        out.append(System.lineSeparator());
        for (int i = 0; i < present.size(); i++) {
            int row = categories.indexOf(present.get(i));
            out.append(String.format(Locale.ROOT, "%4d", i + 1));
            for (String column : present) {
                out.append(String.format(Locale.ROOT, "%4d", confusion[row][categories.indexOf(column)]));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
