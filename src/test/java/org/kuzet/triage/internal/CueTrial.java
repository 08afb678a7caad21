package org.kuzet.triage.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.matching.Cue;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.TextMatchers;
import org.kuzet.matching.Tokens;

/**
 * Compares cue books (run on demand, not a test): the model's two readings do not depend on the cue words, so the
 * models are trained once, and each cue book (the migrated one, then the migrated one plus the cues of each SQL file
 * named in the arguments; "-" reads more names from standard input, one a line) is calibrated on out-of-fold scores
 * and measured: on the training folds (calibrated on the other folds), then on the held-out part, its first stories
 * and its unseen wordings. A file named with a leading "?" is not measured: each of its cues is listed with the
 * training items it occurs in and the share of them in its own category and group, to leave out cues that point
 * elsewhere.
 */
public final class CueTrial {

    private static final Pattern ROW = Pattern.compile("\\('([a-z_]+)', '([a-z]{2})', array\\[(.*?)\\]\\)");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    private record Scored(LabeledItem item, double[][] scores, List<String> tokens) {
    }

    private CueTrial() {
    }

    public static void main(String[] args) throws Exception {
        CueBook base = TextMatchers.standalone().cues();
        LabeledSet set = LabeledSet.shipped();
        List<List<LabeledItem>> folds = set.trainingFolds(CueCalibration.FOLDS);
        int n = folds.size();
        // outOfFold.get(f): fold f scored by the model of the other folds; pairs[h][g]: fold g by the model of fold h
        List<List<Scored>> outOfFold = new ArrayList<>();
        List<List<List<Scored>>> single = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            List<LabeledItem> rest = new ArrayList<>();
            for (int g = 0; g < n; g++) {
                if (g != f) {
                    rest.addAll(folds.get(g));
                }
            }
            outOfFold.add(score(TriageModel.trainUncalibrated(base, rest), folds.get(f), base));
            TriageModel one = TriageModel.trainUncalibrated(base, folds.get(f));
            List<List<Scored>> byFold = new ArrayList<>();
            for (int g = 0; g < n; g++) {
                byFold.add(g == f ? List.of() : score(one, folds.get(g), base));
            }
            single.add(byFold);
            System.err.println("fold " + f + " trained");
        }
        TriageModel full = TriageModel.trainUncalibrated(base, set.training());
        List<Scored> heldOut = score(full, set.heldOut(), base);
        Set<LabeledItem> unseen = new HashSet<>(set.heldOutInUnseenWordings());
        Set<String> first = firstStories();
        report("migrated", base, folds.size(), single, outOfFold, heldOut, set, unseen, first);
        List<String> files = new ArrayList<>(List.of(args));
        BufferedReader more = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // "-": more file names from standard input, one a line, so that the models are trained once for all
        for (String file = next(files, more); file != null; file = next(files, more)) {
            if (file.startsWith("?")) {
                hits(withCues(CueBook.ofCues(List.of()), Files.readString(Path.of(file.substring(1).strip()))),
                        outOfFold.stream().flatMap(List::stream).toList());
            } else if (!file.isBlank()) {
                report(file, withCues(base, Files.readString(Path.of(file.strip()))), folds.size(), single, outOfFold,
                        heldOut, set, unseen, first);
            }
        }
    }

    private static String next(List<String> files, BufferedReader more) throws java.io.IOException {
        if (files.isEmpty()) {
            return null;
        }
        String file = files.removeFirst();
        if (!file.equals("-")) {
            return file;
        }
        String line = more.readLine();
        if (line != null) {
            files.addFirst("-");
        }
        return line == null ? next(files, more) : line;
    }

    private static void report(String name, CueBook cues, int n, List<List<List<Scored>>> single,
            List<List<Scored>> outOfFold, List<Scored> heldOut, LabeledSet set, Set<LabeledItem> unseen,
            Set<String> first) {
        Evaluation training = new Evaluation(TriageCategories.CODES);
        for (int f = 0; f < n; f++) {
            List<Scored> calibrationItems = new ArrayList<>();
            for (int g = 0; g < n; g++) {
                for (int h = 0; h < n; h++) {
                    if (g != f && h != f && g != h) {
                        calibrationItems.addAll(single.get(h).get(g));
                    }
                }
            }
            addAll(training, fit(calibrationItems, cues), outOfFold.get(f), cues);
        }
        List<Scored> all = outOfFold.stream().flatMap(List::stream).toList();
        CueCalibration calibration = fit(all, cues);
        Evaluation whole = newEvaluation(set.heldOut());
        Evaluation firstPart = newEvaluation(set.heldOut());
        Evaluation unseenPart = newEvaluation(set.heldOut());
        for (Scored s : heldOut) {
            add(whole, calibration, s, cues);
            if (first.contains(s.item().text())) {
                add(firstPart, calibration, s, cues);
            }
            if (unseen.contains(s.item())) {
                add(unseenPart, calibration, s, cues);
            }
        }
        System.out.println(name + ": " + cues.cues().size() + " cues, " + calibration);
        print("  training folds", training);
        print("  held-out whole", whole);
        print("  first stories ", firstPart);
        print("  unseen wording", unseenPart);
    }

    /** Per cue: the training items it occurs in, and the share of them in its category and in its group. */
    private static void hits(CueBook cues, List<Scored> items) {
        for (Cue cue : cues.cues()) {
            CueBook one = CueBook.ofCues(List.of(cue));
            int all = 0;
            int own = 0;
            int group = 0;
            for (Scored s : items) {
                if (!one.find(s.tokens()).isEmpty()) {
                    all++;
                    own += s.item().category().equals(cue.category()) ? 1 : 0;
                    group += TriageCategories.groupOf(s.item().category())
                            .equals(TriageCategories.groupOf(cue.category())) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "HIT %s|%s|%s %d %.2f %.2f%n", cue.category(), cue.lang(), cue.text(), all,
                    all == 0 ? 0 : (double) own / all, all == 0 ? 0 : (double) group / all);
        }
    }

    private static Evaluation newEvaluation(List<LabeledItem> items) {
        List<String> categories = new ArrayList<>(TriageCategories.CODES);
        items.stream().map(LabeledItem::category).filter(c -> !categories.contains(c)).distinct()
                .forEach(categories::add);
        return new Evaluation(categories);
    }

    private static List<Scored> score(TriageModel model, List<LabeledItem> items, CueBook book) {
        List<Scored> scored = new ArrayList<>();
        for (LabeledItem item : items) {
            Features.Extracted extracted = Features.of(item.text(), book);
            scored.add(new Scored(item, model.modelScores(extracted), Tokens.of(item.text())));
        }
        return scored;
    }

    private static CueCalibration fit(List<Scored> items, CueBook cues) {
        List<double[][]> terms = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Scored s : items) {
            terms.add(CueCalibration.terms(s.scores(), CueCalibration.cueCounts(cues.find(s.tokens()))));
            labels.add(TriageCategories.CODES.indexOf(s.item().category()));
        }
        return CueCalibration.fitted(terms, labels);
    }

    private static void addAll(Evaluation evaluation, CueCalibration calibration, List<Scored> items, CueBook cues) {
        items.forEach(s -> add(evaluation, calibration, s, cues));
    }

    private static void add(Evaluation evaluation, CueCalibration calibration, Scored s, CueBook cues) {
        double[] p = calibration.apply(s.scores(), CueCalibration.cueCounts(cues.find(s.tokens())));
        Integer[] order = new Integer[p.length];
        for (int c = 0; c < p.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<String> top = new ArrayList<>();
        for (int k = 0; k < Evaluation.TOP; k++) {
            top.add(TriageCategories.CODES.get(order[k]));
        }
        evaluation.add(s.item().category(), top.getFirst(), top.contains(s.item().category()));
    }

    private static void print(String what, Evaluation e) {
        System.out.printf(Locale.ROOT, "%s: items %d, macro-F1 %.3f, group %.3f, top-3 %.3f%n", what, e.total(),
                e.macroF1(), e.groupAccuracy(), e.topThreeAccuracy());
    }

    /** The cue book with the cues of a migration's {@code ('code', 'lang', array['cue', ...])} rows added. */
    static CueBook withCues(CueBook base, String sql) {
        List<Cue> cues = new ArrayList<>(base.cues());
        Set<String> known = new HashSet<>();
        cues.forEach(c -> known.add(c.category() + "|" + c.lang() + "|" + c.text()));
        Matcher row = ROW.matcher(sql);
        while (row.find()) {
            Matcher quoted = QUOTED.matcher(row.group(3));
            while (quoted.find()) {
                String text = quoted.group(1).replace("''", "'");
                if (known.add(row.group(1) + "|" + row.group(2) + "|" + text)) {
                    cues.add(Cue.of(row.group(1), base.groupOf(row.group(1)), row.group(2), text));
                }
            }
        }
        return CueBook.ofCues(cues);
    }

    /** The texts of the held-out items of the first 80 stories per code (story numbers up to 1760). */
    private static Set<String> firstStories() throws Exception {
        Set<String> texts = new HashSet<>();
        ObjectMapper json = JsonMapper.builder().build();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CueTrial.class.getResourceAsStream("/triage/labeled.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode node = json.readTree(line);
                if ("held-out".equals(node.path("split").asString(""))
                        && Integer.parseInt(node.path("story").asString("").substring(1)) <= 1760) {
                    texts.add(node.path("text").asString(""));
                }
            }
        }
        return texts;
    }
}
