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
 * over the spelling-folded text's features, and a category's score is the product of the three probabilities, so
 * the scores of all codes sum to 1. It is trained when made (a few thousand items take a second or two).
 */
public final class TriageModel {

    private static final int WORDS_SHOWN = 4;
    private static volatile TriageModel shipped;

    private final CueBook cueBook;
    private final LinearClassifier incident;
    private final LinearClassifier group;
    private final Map<String, LinearClassifier> categories;

    private TriageModel(CueBook cueBook, LinearClassifier incident, LinearClassifier group,
            Map<String, LinearClassifier> categories) {
        this.cueBook = cueBook;
        this.incident = incident;
        this.group = group;
        this.categories = categories;
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

    public static TriageModel train(CueBook cueBook, List<LabeledItem> items) {
        List<LinearClassifier.Example> byIncident = new ArrayList<>(items.size());
        List<LinearClassifier.Example> byGroup = new ArrayList<>(items.size());
        List<LinearClassifier.Example> byCategory = new ArrayList<>(items.size());
        for (LabeledItem item : items) {
            if (!TriageCategories.isKnown(item.category())) {
                continue;
            }
            Map<String, Double> features = Features.of(item.text(), cueBook).weights();
            boolean context = item.category().equals(TriageCategories.CONTEXT);
            byIncident.add(new LinearClassifier.Example(features, context ? "no" : "yes"));
            if (!context) {
                byGroup.add(new LinearClassifier.Example(features, TriageCategories.groupOf(item.category())));
                byCategory.add(new LinearClassifier.Example(features, item.category()));
            }
        }
        Map<String, LinearClassifier> categories = new java.util.LinkedHashMap<>();
        for (String g : TriageCategories.GROUPS) {
            categories.put(g, LinearClassifier.train(TriageCategories.inGroup(g), byCategory));
        }
        return new TriageModel(cueBook, LinearClassifier.train(List.of("yes", "no"), byIncident),
                LinearClassifier.train(TriageCategories.GROUPS, byGroup), categories);
    }

    CueBook cueBook() {
        return cueBook;
    }

    public Classification classify(String text) {
        Features.Extracted extracted = Features.of(text, cueBook);
        Map<String, Double> features = extracted.weights();
        double isIncident = incident.probabilities(features)[0];
        double[] groups = group.probabilities(features);
        List<CategoryScore> ranked = new ArrayList<>(TriageCategories.CODES.size());
        for (int g = 0; g < TriageCategories.GROUPS.size(); g++) {
            LinearClassifier within = categories.get(TriageCategories.GROUPS.get(g));
            double[] p = within.probabilities(features);
            for (int c = 0; c < p.length; c++) {
                ranked.add(new CategoryScore(within.classes().get(c), isIncident * groups[g] * p[c]));
            }
        }
        ranked.add(new CategoryScore(TriageCategories.CONTEXT, 1 - isIncident));
        ranked = cued(ranked, extracted.cues());
        ranked.sort(Comparator.comparingDouble(CategoryScore::score).reversed());
        return new Classification(List.copyOf(ranked), why(ranked.getFirst().category(), extracted), extracted.cues());
    }

    /** How much each distinct cue word of a category found in the text multiplies that category's odds. */
    private static final double CUE_ODDS = Math.exp(1.0);

    /**
     * The staff's cue words count directly, after the model: each distinct cue of a category multiplies its odds, so
     * that a newly added cue works before any retraining, and news worded unlike the labeled set is still caught.
     * The scores are normalised again to sum to 1.
     */
    private static List<CategoryScore> cued(List<CategoryScore> ranked, List<CueHit> cues) {
        if (cues.isEmpty()) {
            return ranked;
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CueHit hit : cues) {
            if (seen.add(hit.cue().category() + "|" + hit.cue().text())) {
                hits.merge(hit.cue().category(), 1, Integer::sum);
            }
        }
        List<CategoryScore> boosted = new ArrayList<>(ranked.size());
        double sum = 0;
        for (CategoryScore s : ranked) {
            double score = s.score() * Math.pow(CUE_ODDS, hits.getOrDefault(s.category(), 0));
            boosted.add(new CategoryScore(s.category(), score));
            sum += score;
        }
        double total = sum;
        return new ArrayList<>(boosted.stream().map(s -> new CategoryScore(s.category(), s.score() / total)).toList());
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
        List<Map.Entry<String, Double>> evidence = category.equals(TriageCategories.CONTEXT)
                ? incident.evidenceFor("no", extracted.weights(), 40)
                : categories.get(TriageCategories.groupOf(category)).evidenceFor(category, extracted.weights(), 40);
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Double> e : evidence) {
            String written = extracted.written().get(e.getKey());
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
        return String.format(Locale.ROOT, "TriageModel[%d groups]", categories.size());
    }
}
