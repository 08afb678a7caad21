package org.kuzet.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kuzet.matching.internal.WordOverlap;
import org.kuzet.taxonomy.Categories;

/**
 * The cue words of the category tree in three languages, and which categories a text names. Cues are indexed by
 * the first letter of their first word so that a text is scanned once.
 */
public final class CueBook {

    private static final String CONTEXT = "context";

    private final List<Cue> cues;
    private final Map<Character, List<Cue>> byFirstLetter = new HashMap<>();
    private final Map<String, String> groupOf = new LinkedHashMap<>();
    private final WordOverlap meaning;
    private final Map<String, String> byName = new HashMap<>();

    private CueBook(List<Cue> cues) {
        this(cues, List.of());
    }

    private CueBook(List<Cue> cues, List<Categories.Label> labels) {
        this.cues = List.copyOf(cues);
        for (Cue cue : cues) {
            if (!cue.words().isEmpty()) {
                byFirstLetter.computeIfAbsent(cue.words().getFirst().charAt(0), k -> new ArrayList<>()).add(cue);
            }
            groupOf.put(cue.category(), cue.group());
        }
        List<Map.Entry<String, String>> names = new ArrayList<>();
        // Groups first: a label that fits a group as well as one of its categories ("claims and lawsuits") is the group.
        labels.stream().filter(l -> l.group().isEmpty()).forEach(l -> names.add(Map.entry(l.category(), l.text())));
        labels.stream().filter(l -> !l.group().isEmpty()).forEach(l -> names.add(Map.entry(l.category(), l.text())));
        labels.forEach(l -> byName.putIfAbsent(String.join(" ", Tokens.of(l.text())), l.category()));
        cues.forEach(c -> names.add(Map.entry(c.category(), c.text())));
        this.meaning = new WordOverlap(names);
    }

    /** The taxonomy's cue words (category_cue). */
    public static CueBook of(List<Categories.Cue> rows) {
        return new CueBook(rows.stream().map(r -> Cue.of(r.category(), r.group(), r.lang(), r.text())).toList());
    }

    /** The cue words and the names of the tree's codes, for matching a label by meaning as well. */
    public static CueBook of(List<Categories.Cue> rows, List<Categories.Label> labels) {
        return new CueBook(rows.stream().map(r -> Cue.of(r.category(), r.group(), r.lang(), r.text())).toList(),
                labels);
    }

    /** Cue words of one's own (a reply's wording, say), matched the same way. */
    public static CueBook ofCues(List<Cue> cues) {
        return new CueBook(cues);
    }

    public List<Cue> cues() {
        return cues;
    }

    /** Every cue in the words of a text (see {@link Tokens#of}), in text order. */
    public List<CueHit> find(List<String> tokens) {
        List<CueHit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            addMatches(byFirstLetter.get(token.charAt(0)), tokens, i, hits);
            for (String prefix : Cue.RUSSIAN_PREFIXES) {
                if (token.length() > prefix.length() + 4 && token.startsWith(prefix)) {
                    addMatches(byFirstLetter.get(token.charAt(prefix.length())), tokens, i, hits);
                }
            }
        }
        return hits;
    }

    private static void addMatches(List<Cue> candidates, List<String> tokens, int position, List<CueHit> hits) {
        if (candidates == null) {
            return;
        }
        for (Cue cue : candidates) {
            if (cue.matchesAt(tokens, position)
                    && hits.stream().noneMatch(h -> h.position() == position && h.cue() == cue)) {
                hits.add(new CueHit(cue, position));
            }
        }
    }

    /** A group of the tree (not a category, not context). */
    public boolean isGroup(String code) {
        return groupOf.containsKey(code) && groupOf.get(code).isEmpty() && !code.equals(CONTEXT);
    }

    /** The group of a category, or "" for a group. */
    public String groupOf(String code) {
        return groupOf.getOrDefault(code, "");
    }

    /** The codes that have cues, groups first, in report order. */
    public Set<String> codes() {
        return new LinkedHashSet<>(groupOf.keySet());
    }

    /** Does any cue of this code occur in the text? */
    public boolean matches(String text, String code) {
        return find(Tokens.of(text)).stream().anyMatch(h -> h.cue().category().equals(code));
    }

    /** The group whose cues the text names best. */
    public Optional<String> group(String text) {
        return best(text, this::isGroup);
    }

    /** The category (not a group) whose cues the text names best, among those allowed. */
    public Optional<String> category(String text, Predicate<String> allowed) {
        return best(text, code -> !groupOf(code).isEmpty() && allowed.test(code));
    }

    /** The code whose name (in any of the three languages) the text is, word for word, as reports print it. */
    public Optional<String> named(String text) {
        return Optional.ofNullable(byName.get(String.join(" ", Tokens.of(text))));
    }

    /**
     * The code a label means when no cue of it is there: the allowed code (group or category) whose names and cue
     * words, in any of the three languages, share most words with it. For labels that paraphrase the tree
     * ("interference in media activities", "violations of journalists' rights").
     */
    public Optional<String> byMeaning(String text, Predicate<String> allowed) {
        return meaning.best(text, code -> !code.equals(CONTEXT) && allowed.test(code));
    }

    /**
     * The code whose cues weigh most in the text (each cue counted once, longer cues weighing more); of two that
     * weigh the same, the one named first in the text, then the one listed first.
     */
    private Optional<String> best(String text, Predicate<String> allowed) {
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        Set<Cue> counted = new HashSet<>();
        for (CueHit hit : find(Tokens.of(text))) {
            String code = hit.cue().category();
            if (!allowed.test(code)) {
                continue;
            }
            if (counted.add(hit.cue())) {
                score.merge(code, hit.cue().weight(), Integer::sum);
            }
            firstAt.merge(code, hit.position(), Math::min);
        }
        List<String> order = new ArrayList<>(groupOf.keySet());
        order.retainAll(score.keySet());
        return order.stream()
                .max((a, b) -> score.get(a).equals(score.get(b))
                        ? Integer.compare(firstAt.get(b), firstAt.get(a))
                        : Integer.compare(score.get(a), score.get(b)));
    }
}
