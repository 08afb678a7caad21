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
 * The labeled set shipped with Kuzet (triage/labeled.jsonl), written by the project in three languages. A fixed,
 * stratified part is held out for evaluation: within each category and language, every fourth item in file
 * order. Many stories are told in all three languages in the same order, so a held-out story is held out in every
 * language and its translation cannot leak into training. The shipped model learns from the rest only, so that
 * the figure in docs/benchmarks.md is honest.
 */
public final class LabeledSet {

    static final String RESOURCE = "/triage/labeled.jsonl";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<LabeledItem> items;

    LabeledSet(List<LabeledItem> items) {
        this.items = List.copyOf(items);
    }

    static LabeledSet shipped() {
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
        }
        return new LabeledSet(items);
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

    private List<LabeledItem> split(boolean heldOut) {
        Map<String, Integer> seen = new HashMap<>();
        List<LabeledItem> part = new ArrayList<>();
        for (LabeledItem item : items) {
            int n = seen.merge(item.category() + "|" + item.lang(), 1, Integer::sum);
            if ((n % 4 == 0) == heldOut) {
                part.add(item);
            }
        }
        return part;
    }
}
