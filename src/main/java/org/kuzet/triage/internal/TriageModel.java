package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;
import org.kuzet.matching.TextMatchers;
import org.kuzet.triage.CategoryScore;

/**
 * The triage classifier, deciding in three steps as a monitor does: is this an incident at all (or context: an
 * award, a law passed, a briefing, a list of other stories' headlines)? if so, of which group (rights violations,
 * access to information, legal claims)? and then which category of the group? Each step is a logistic regression
 * over the spelling-folded text's features, and a category's three-step probability is the product of the three.
 * A fourth regression reads the same features over all codes at once: it does not let a doubtful group hide the
 * right category, so that it is more often among the first three. The two readings and the staff's cue words then
 * count as much as {@link CueCalibration} learnt they help on wording the model has not seen, and the calibrated
 * scores of all codes sum to 1; the first three are the three best of them. It is trained when made (a few thousand
 * items take seconds; the calibration, fitted once, a few more).
 */
public final class TriageModel {

    private static final int WORDS_SHOWN = 4;
    private static volatile TriageModel shipped;

    private final CueBook cueBook;
    private final LinearClassifier incident;
    private final LinearClassifier group;
    private final Map<String, LinearClassifier> categories;
    /** The same decision in one step, over all codes at once: a second reading of the text (see CueCalibration). */
    private final LinearClassifier allCodes;
    private final CueCalibration calibration;
    /** Every feature any step weighs, by an id of its own; and each step's weights by those ids. */
    private final Map<String, Integer> vocabulary = new java.util.HashMap<>();
    private final double[][] incidentRows;
    private final double[][] groupRows;
    private final double[][][] categoryRows;
    private final double[][] allCodesRows;

    private TriageModel(CueBook cueBook, LinearClassifier incident, LinearClassifier group,
            Map<String, LinearClassifier> categories, LinearClassifier allCodes, CueCalibration calibration) {
        this.cueBook = cueBook;
        this.incident = incident;
        this.group = group;
        this.categories = categories;
        this.allCodes = allCodes;
        this.calibration = calibration;
        List<LinearClassifier> steps = new ArrayList<>(List.of(incident, group));
        steps.addAll(categories.values());
        steps.add(allCodes);
        steps.forEach(step -> step.features().forEach(f -> vocabulary.putIfAbsent(f, vocabulary.size())));
        this.incidentRows = incident.rowsFor(vocabulary);
        this.groupRows = group.rowsFor(vocabulary);
        this.categoryRows = new double[TriageCategories.GROUPS.size()][][];
        for (int g = 0; g < categoryRows.length; g++) {
            categoryRows[g] = categories.get(TriageCategories.GROUPS.get(g)).rowsFor(vocabulary);
        }
        this.allCodesRows = allCodes.rowsFor(vocabulary);
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

    /** Trained on the items, its cue words weighed as {@link CueCalibration} learnt from the shipped training part. */
    public static TriageModel train(CueBook cueBook, List<LabeledItem> items) {
        return trainUncalibrated(cueBook, items).calibrated(CueCalibration.of(cueBook));
    }

    /** The same steps, the cue words weighed as given. */
    TriageModel calibrated(CueCalibration calibration) {
        return new TriageModel(cueBook, incident, group, categories, allCodes, calibration);
    }

    /** The model's two readings, neither weighed nor the cue words counted: what the calibration is fitted to. */
    static TriageModel trainUncalibrated(CueBook cueBook, List<LabeledItem> items) {
        return trainUncalibrated(cueBook, items, LinearClassifier.COST, LinearClassifier.BALANCE);
    }

    static TriageModel trainUncalibrated(CueBook cueBook, List<LabeledItem> items, double cost, double balance) {
        List<LinearClassifier.Example> byIncident = new ArrayList<>(items.size());
        List<LinearClassifier.Example> byGroup = new ArrayList<>(items.size());
        List<LinearClassifier.Example> byCategory = new ArrayList<>(items.size());
        List<LinearClassifier.Example> byCode = new ArrayList<>(items.size());
        for (LabeledItem item : items) {
            if (!TriageCategories.isKnown(item.category())) {
                continue;
            }
            Map<String, Double> features = Features.of(item.text(), cueBook).weights();
            boolean context = item.category().equals(TriageCategories.CONTEXT);
            byIncident.add(new LinearClassifier.Example(features, context ? "no" : "yes"));
            byCode.add(new LinearClassifier.Example(features, item.category()));
            if (!context) {
                byGroup.add(new LinearClassifier.Example(features, TriageCategories.groupOf(item.category())));
                byCategory.add(new LinearClassifier.Example(features, item.category()));
            }
        }
        Map<String, LinearClassifier> categories = new java.util.LinkedHashMap<>();
        for (String g : TriageCategories.GROUPS) {
            categories.put(g, LinearClassifier.train(TriageCategories.inGroup(g), byCategory, cost, balance));
        }
        return new TriageModel(cueBook, LinearClassifier.train(List.of("yes", "no"), byIncident, cost, balance),
                LinearClassifier.train(TriageCategories.GROUPS, byGroup, cost, balance), categories,
                LinearClassifier.train(TriageCategories.CODES, byCode, cost, balance), CueCalibration.NONE);
    }

    CueCalibration calibration() {
        return calibration;
    }

    CueBook cueBook() {
        return cueBook;
    }

    public Classification classify(String text) {
        Features.Extracted extracted = Features.of(text, cueBook);
        double[] scores = calibration.apply(modelScores(extracted), CueCalibration.cueCounts(extracted.cues()));
        List<CategoryScore> ranked = new ArrayList<>(scores.length);
        for (int c = 0; c < scores.length; c++) {
            ranked.add(new CategoryScore(TriageCategories.CODES.get(c), scores[c]));
        }
        ranked.sort(Comparator.comparingDouble(CategoryScore::score).reversed());
        return new Classification(List.copyOf(ranked), why(ranked.getFirst().category(), extracted), extracted.cues());
    }

    /**
     * The model's two readings of each code, in the order of {@link TriageCategories#CODES}: the three steps'
     * probability (a category's is the product of "an incident", its group's and its own within the group;
     * context's is "not an incident"), then the one step's over all codes.
     */
    double[][] modelScores(Features.Extracted extracted) {
        int[] ids = extracted.names().stream().map(vocabulary::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        double value = extracted.value();
        double[][] scores = new double[TriageCategories.CODES.size()][];
        double[] overAll = allCodes.probabilities(allCodesRows, ids, value);
        double isIncident = incident.probabilities(incidentRows, ids, value)[0];
        double[] groups = group.probabilities(groupRows, ids, value);
        for (int g = 0; g < TriageCategories.GROUPS.size(); g++) {
            LinearClassifier within = categories.get(TriageCategories.GROUPS.get(g));
            double[] p = within.probabilities(categoryRows[g], ids, value);
            for (int c = 0; c < p.length; c++) {
                int code = TriageCategories.CODES.indexOf(within.classes().get(c));
                scores[code] = new double[] {isIncident * groups[g] * p[c], overAll[code]};
            }
        }
        int context = TriageCategories.CODES.indexOf(TriageCategories.CONTEXT);
        scores[context] = new double[] {1 - isIncident, overAll[context]};
        return scores;
    }

    /**
     * Why, in words a monitor reads: the cue words of the staff's list that occur, then the words and word pairs of
     * the text that weighed most for the step that decided (the category within its group, or "not an incident").
     */
    private List<String> why(String category, Features.Extracted extracted) {
        Set<String> why = new LinkedHashSet<>();
        for (CueHit hit : extracted.cues()) {
            why.add("cue \"" + hit.cue().text() + "\" (" + hit.cue().category().replace('_', ' ') + ")");
        }
        // only word and pair features can be said in the text's words
        Map<String, String> writtenWords = extracted.written();
        Map<String, Double> sayable = new java.util.HashMap<>();
        writtenWords.keySet().forEach(f -> sayable.put(f, extracted.value()));
        List<Map.Entry<String, Double>> evidence = category.equals(TriageCategories.CONTEXT)
                ? incident.evidenceFor("no", sayable, 40)
                : categories.get(TriageCategories.groupOf(category)).evidenceFor(category, sayable, 40);
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Double> e : evidence) {
            String written = writtenWords.get(e.getKey());
            if (written != null && words.stream().noneMatch(w -> w.contains(written) || written.contains(w))) {
                words.add(written);
            }
            if (words.size() == WORDS_SHOWN) {
                break;
            }
        }
        if (!words.isEmpty()) {
            why.add("words \"" + String.join("\", \"", words) + "\"");
        }
        return List.copyOf(why);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TriageModel[%d groups, %s]", categories.size(), calibration);
    }
}
