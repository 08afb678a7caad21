package org.kuzet.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.spelling.Spelling;
import org.springframework.web.util.HtmlUtils;

/**
 * Picks the passage of a text where the query matched and marks the matching words. A word matches when it folds
 * to a folded query word (Азаттық for Azattyq) or begins with the Russian/English stem of a query word
 * (журналисты for журналиста, stem журналист). Done here rather than by ts_headline because ts_headline sees only
 * the stems, not the transliterations. It is given only text the caller may read.
 */
final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int BEFORE = 8;
    private static final int LENGTH = 36;
    private static final int SCANNED = 600;
    private static final int MAX_SUFFIX = 5;

    private final Set<String> keys;
    private final List<String> stems;
    /** Folding is the costly part, and the words of the hits of one query repeat: each is folded once. */
    private final java.util.Map<String, Boolean> folded = new java.util.HashMap<>();

    Highlighter(Set<String> keys, List<String> stems) {
        this.keys = Set.copyOf(keys);
        this.stems = stems.stream().filter(s -> s.length() >= 3).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    static Highlighter forQuery(QueryText query, List<String> stems, List<String> corrections) {
        Set<String> keys = new HashSet<>(corrections);
        for (QueryText.Part part : query.parts()) {
            keys.addAll(List.of(part.folded().split(" ")));
        }
        return new Highlighter(keys, stems);
    }

    /** HTML: the passage, escaped, with {@code <mark>} around the matching words. */
    String highlight(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < SCANNED) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
            return HtmlUtils.htmlEscape(text.strip());
        }
        boolean[] matched = new boolean[words.size()];
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            matched[i] = matches(text.substring(words.get(i)[0], words.get(i)[1]));
            if (matched[i] && first < 0) {
                first = i;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int to = Math.min(words.size(), from + LENGTH);
        StringBuilder html = new StringBuilder();
        if (from > 0) {
            html.append("… ");
        }
        int cursor = words.get(from)[0];
        for (int i = from; i < to; i++) {
            int[] word = words.get(i);
            html.append(HtmlUtils.htmlEscape(text.substring(cursor, word[0])));
            String escaped = HtmlUtils.htmlEscape(text.substring(word[0], word[1]));
            html.append(matched[i] ? "<mark>" + escaped + "</mark>" : escaped);
            cursor = word[1];
        }
        boolean more = to < words.size() || words.size() == SCANNED;
        if (!more) {
            html.append(HtmlUtils.htmlEscape(text.substring(cursor).stripTrailing()));
        } else {
            html.append(" …");
        }
        return html.toString().strip();
    }

    boolean matches(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (lower.startsWith(stem) && lower.length() - stem.length() <= MAX_SUFFIX) {
                return true;
            }
        }
        if (keys.isEmpty()) {
            return false;
        }
        return folded.computeIfAbsent(lower, w -> keys.contains(Spelling.key(w)));
    }
}
