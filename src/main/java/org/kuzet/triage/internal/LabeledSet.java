package org.kuzet.triage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labeled set shipped with Kuzet (triage/labeled.jsonl, written by tools/triage-labeled.py): stories told in
 * English, Russian and Kazakh in the styles monitoring meets, and hard negatives. The file marks the held-out part
 * ("split": "held-out"), chosen by story so that a translation never sits on the other side, and including every
 * story told in a wording that training never sees. A file that marks nothing is split within each category and
 * language, every fourth item held out. The shipped model learns from the training part only.
 */
public final class LabeledSet {

    static final String RESOURCE = "/triage/labeled.jsonl";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<LabeledItem> items;
    /** Per item, whether the file marks it held out ("split": "held-out"); null when the file marks none. */
    private final List<Boolean> heldOutMarks;
    /** Per item, the index of the wording it tells its story in ("wording"), or -1 when the file does not say. */
    private final List<Integer> wordings;

    LabeledSet(List<LabeledItem> items) {
        this(items, null, null);
    }

    private LabeledSet(List<LabeledItem> items, List<Boolean> heldOutMarks, List<Integer> wordings) {
        this.items = List.copyOf(items);
        this.heldOutMarks = heldOutMarks == null || !heldOutMarks.contains(true) ? null : List.copyOf(heldOutMarks);
        this.wordings = wordings == null ? java.util.Collections.nCopies(items.size(), -1) : List.copyOf(wordings);
    }

    private static volatile LabeledSet shipped;

    /** The shipped set, read once (it is part of the build, and training, calibration and the page all read it). */
    static LabeledSet shipped() {
        LabeledSet set = shipped;
        if (set == null) {
            set = readShipped();
            shipped = set;
        }
        return set;
    }

    private static LabeledSet readShipped() {
        try (InputStream in = LabeledSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {"text", "category"[, "lang"]} lines; a bad line is named by its number. */
    static LabeledSet read(BufferedReader reader) throws IOException {
        return read(reader, true);
    }

    /**
     * As {@link #read(BufferedReader)}; when not strict, a category the model does not propose (a retired code, a
     * group) is kept, so that an evaluation counts it as missed instead of refusing the file.
     */
    static LabeledSet read(BufferedReader reader, boolean strict) throws IOException {
        List<LabeledItem> items = new ArrayList<>();
        List<Boolean> heldOut = new ArrayList<>();
        List<Integer> wordings = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + number + ": not a JSON object");
            }
            String text = node.path("text").asString("");
            String category = node.path("category").asString("");
            if (text.isBlank()) {
                throw new IllegalArgumentException("line " + number + ": \"text\" is missing");
            }
            if (category.isBlank() || strict && !TriageCategories.isKnown(category)) {
                throw new IllegalArgumentException("line " + number + ": \"category\" '" + category + "' is not a category code");
            }
            String lang = node.path("lang").asString("");
            items.add(new LabeledItem(text, category, lang.isBlank() ? LanguageDetector.detect(text).code() : lang));
            heldOut.add("held-out".equals(node.path("split").asString("")));
            wordings.add(node.path("wording").asInt(-1));
        }
        return new LabeledSet(items, heldOut, wordings);
    }

    List<LabeledItem> all() {
        return items;
    }

    List<LabeledItem> training() {
        return split(false);
    }

    List<LabeledItem> heldOut() {
        return split(true);
    }

    /** How many of each category's wordings, its last, the generator tells only in held-out stories. */
    static final int HELD_OUT_WORDINGS = 2;

    /**
     * The held-out items told in a wording training never sees (each category's last {@link #HELD_OUT_WORDINGS}):
     * the hardest part, as news in words of its own is.
     */
    List<LabeledItem> heldOutInUnseenWordings() {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            last.merge(items.get(i).category(), wordings.get(i), Math::max);
        }
        List<LabeledItem> unseen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabeledItem item = items.get(i);
            if (heldOutMarks != null && heldOutMarks.get(i) && wordings.get(i) >= 0
                    && wordings.get(i) > last.get(item.category()) - HELD_OUT_WORDINGS) {
                unseen.add(item);
            }
        }
        return unseen;
    }

    /**
     * The training part cut into folds by wording: an item told in wording w falls in fold w mod n, so each fold
     * holds whole wordings of every category, and a model trained on the other folds meets them as new wording (an
     * item of no stated wording falls by its position).
     */
    List<List<LabeledItem>> trainingFolds(int n) {
        List<List<LabeledItem>> folds = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            if (heldOutMarks != null && heldOutMarks.get(i)) {
                continue;
            }
            int wording = wordings.get(i);
            folds.get(Math.floorMod(wording >= 0 ? wording : i, n)).add(items.get(i));
        }
        return folds;
    }

    private List<LabeledItem> split(boolean heldOut) {
        Map<String, Integer> seen = new HashMap<>();
        List<LabeledItem> part = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabeledItem item = items.get(i);
            if (heldOutMarks != null) {
                if (heldOutMarks.get(i) == heldOut) {
                    part.add(item);
                }
                continue;
            }
            int n = seen.merge(item.category() + "|" + item.lang(), 1, Integer::sum);
            if ((n % 4 == 0) == heldOut) {
                part.add(item);
            }
        }
        return part;
    }
}
