package org.kuzet.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.spelling.Spelling;

/**
 * What a monitor typed, taken apart: "quoted phrases" and single words, each with its spelling-folded form.
 * Every part must match (AND); a word matches by its Russian/English stem or by its folded spelling.
 */
record QueryText(List<Part> parts) {

    private static final Pattern PHRASE_OR_WORD = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final int MAX_PARTS = 12;

    /** One word or phrase as typed and as folded (Азаттық: "azattik"). */
    record Part(String text, String folded, boolean phrase) {

        /** A single name-like word that could be a misspelling of a known name. */
        boolean correctable() {
            return !phrase && folded.length() >= 4 && folded.indexOf(' ') < 0 && !folded.chars().allMatch(Character::isDigit);
        }
    }

    static QueryText parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PHRASE_OR_WORD.matcher(text == null ? "" : text);
        while (m.find() && parts.size() < MAX_PARTS) {
            boolean phrase = m.group(1) != null;
            String raw = (phrase ? m.group(1) : m.group(2)).trim();
            String folded = Spelling.key(raw);
            if (folded.isEmpty()) {
                continue; // punctuation only
            }
            parts.add(new Part(raw, folded, phrase && folded.indexOf(' ') > 0));
        }
        return new QueryText(List.copyOf(parts));
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** All the words, for finding their stems to highlight. */
    String words() {
        return String.join(" ", parts.stream().map(Part::text).toList());
    }
}
