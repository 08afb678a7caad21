package org.kuzet.triage.internal;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * L2-regularised logistic regression (liblinear) over named features, with class weights that grow as a class is
 * rarer, so that a rare category is not drowned by a common one. Its probabilities come from the logistic
 * function, so a score of 0.8 is right about four times in five on items like the training ones. A feature seen in
 * a single training item tells the story, not the class (a name, a place): only features of two items or more count.
 */
final class LinearClassifier {

    /** The cost of errors against regularisation (see TriageTuning, which compares settings on training folds). */
    static final double COST = 16;
    private static final double TOLERANCE = 0.1;
    private static final SolverType SOLVER = SolverType.L2R_LR_DUAL;
    /** Class weights: the square root of the inverse class size, a middle way between none and full balance. */
    static final double BALANCE = 0.5;
    private static final int MIN_ITEMS = 2;

    static {
        Linear.disableDebugOutput();
    }

    private final List<String> classes;
    private final Map<String, Integer> index;
    /** Weights by feature (0-based) then class, in the order of {@code classes}; the bias last. */
    private final double[][] weights;
    private final double[] bias;

    private LinearClassifier(List<String> classes, Map<String, Integer> index, double[][] weights, double[] bias) {
        this.classes = classes;
        this.index = index;
        this.weights = weights;
        this.bias = bias;
    }

    record Example(Map<String, Double> features, String label) {
    }

    /** Trained on the examples whose label is one of the classes; a class without examples never wins. */
    static LinearClassifier train(List<String> classes, List<Example> all) {
        return train(classes, all, COST, BALANCE);
    }

    /** As {@link #train(List, List)}, with the cost and the class-weight exponent given (for comparing settings). */
    static LinearClassifier train(List<String> classes, List<Example> all, double cost, double balance) {
        List<Example> examples = all.stream().filter(e -> classes.contains(e.label())).toList();
        List<String> present = classes.stream().filter(c -> examples.stream().anyMatch(e -> e.label().equals(c))).toList();
        Map<String, Integer> index = vocabulary(examples);
        if (present.size() < 2) {
            double[] bias = new double[classes.size()];
            Arrays.fill(bias, -1);
            if (present.size() == 1) {
                bias[classes.indexOf(present.getFirst())] = 1;
            }
            return new LinearClassifier(classes, Map.of(), new double[0][], bias);
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = vector(examples.get(i).features(), index, true);
            problem.y[i] = present.indexOf(examples.get(i).label());
        }
        Parameter parameter = new Parameter(SOLVER, cost, TOLERANCE);
        double[] classWeights = new double[present.size()];
        int[] labels = new int[present.size()];
        for (int c = 0; c < present.size(); c++) {
            String label = present.get(c);
            long n = examples.stream().filter(e -> e.label().equals(label)).count();
            labels[c] = c;
            classWeights[c] = Math.pow((double) examples.size() / (present.size() * n), balance);
        }
        parameter.setWeights(classWeights, labels);
        Model model;
        synchronized (Linear.class) {
            // liblinear shuffles with one static generator: started afresh for every model, the same items give the
            // same model whatever was trained before in the process, and two trainings at once do not share it
            Linear.resetRandom();
            model = Linear.train(problem, parameter);
        }
        return fromModel(classes, present, index, model);
    }

    /** Copies liblinear's weights into one row per feature with a column per class, so scoring is a few lookups. */
    private static LinearClassifier fromModel(List<String> classes, List<String> present, Map<String, Integer> index,
            Model model) {
        double[] w = model.getFeatureWeights();
        int[] modelLabels = model.getLabels();
        int columns = model.getNrClass() == 2 ? 1 : model.getNrClass();
        int features = index.size();
        double[][] weights = new double[features][classes.size()];
        double[] bias = new double[classes.size()];
        Arrays.fill(bias, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < model.getNrClass(); k++) {
            int c = classes.indexOf(present.get(modelLabels[k]));
            double sign = 1;
            int column = k;
            if (columns == 1) {
                // two classes: one weight vector, for the first label; the second is its negative
                column = 0;
                sign = k == 0 ? 1 : -1;
            }
            for (int f = 0; f < features; f++) {
                weights[f][c] = sign * w[f * columns + column];
            }
            bias[c] = sign * w[features * columns + column];
        }
        return new LinearClassifier(classes, index, weights, bias);
    }

    private static Map<String, Integer> vocabulary(List<Example> examples) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Example example : examples) {
            for (String feature : example.features().keySet()) {
                frequency.merge(feature, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        frequency.keySet().stream().filter(f -> frequency.get(f) >= MIN_ITEMS || f.startsWith("cue:")).sorted()
                .forEach(f -> index.put(f, index.size()));
        return index;
    }

    private static Feature[] vector(Map<String, Double> features, Map<String, Integer> index, boolean withBias) {
        List<FeatureNode> nodes = new ArrayList<>(features.size() + 1);
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer i = index.get(feature.getKey());
            if (i != null) {
                nodes.add(new FeatureNode(i + 1, feature.getValue()));
            }
        }
        nodes.sort((a, b) -> Integer.compare(a.index, b.index));
        if (withBias) {
            nodes.add(new FeatureNode(index.size() + 1, 1));
        }
        return nodes.toArray(new Feature[0]);
    }

    List<String> classes() {
        return classes;
    }

    /**
     * The probability of each class, in the order of {@link #classes()}: the logistic of each one-against-the-rest
     * score, normalised to sum to 1, as liblinear does.
     */
    double[] probabilities(Map<String, Double> features) {
        double[] scores = bias.clone();
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer f = index.get(feature.getKey());
            if (f == null) {
                continue;
            }
            double[] row = weights[f];
            double value = feature.getValue();
            for (int c = 0; c < scores.length; c++) {
                scores[c] += value * row[c];
            }
        }
        return logistic(scores);
    }

    /**
     * This classifier's weight rows by the ids of a vocabulary shared by several classifiers, null where it has no
     * weights: a text's features are then looked up once for all of them (see {@link #probabilities(double[][],
     * int[], double)}).
     */
    double[][] rowsFor(Map<String, Integer> shared) {
        double[][] rows = new double[shared.size()][];
        index.forEach((feature, i) -> rows[shared.get(feature)] = weights[i]);
        return rows;
    }

    /** As {@link #probabilities(Map)}, for features given by their shared ids, each of the same value. */
    double[] probabilities(double[][] rows, int[] ids, double value) {
        double[] scores = bias.clone();
        for (int id : ids) {
            double[] row = rows[id];
            if (row != null) {
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += value * row[c];
                }
            }
        }
        return logistic(scores);
    }

    /** Vocabulary of this classifier: its feature names. */
    java.util.Set<String> features() {
        return index.keySet();
    }

    private static double[] logistic(double[] scores) {
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = scores[c] == Double.NEGATIVE_INFINITY ? 0 : 1 / (1 + Math.exp(-scores[c]));
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] = sum == 0 ? 1.0 / scores.length : scores[c] / sum;
        }
        return scores;
    }

    /** The features of the text that speak most for the class, strongest first, with how much. */
    List<Map.Entry<String, Double>> evidenceFor(String label, Map<String, Double> features, int limit) {
        int c = classes.indexOf(label);
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        if (c < 0) {
            return found;
        }
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer f = index.get(feature.getKey());
            if (f != null && weights[f][c] > 0) {
                found.add(Map.entry(feature.getKey(), feature.getValue() * weights[f][c]));
            }
        }
        found.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }
}
