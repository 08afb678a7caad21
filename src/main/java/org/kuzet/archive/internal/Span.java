package org.kuzet.archive.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A stretch of the report text (a paragraph, a sentence, a clause) with its offsets. */
record Span(int start, int end, String text) {

    private static final Set<String> ABBREVIATIONS = Set.of("тыс", "млн", "млрд", "г", "гг", "ст", "п", "ч", "no",
            "art", "mr", "ms", "mrs", "dr", "st", "vs", "т", "е", "им", "обл", "ул", "p");

    static Span of(String whole, int start, int end) {
        return new Span(start, end, whole.substring(start, end));
    }

    /** Paragraphs: the mended text separates them with blank lines. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = text.indexOf("\n\n", at);
            int end = next < 0 ? text.length() : next;
            if (end > at && !text.substring(at, end).isBlank()) {
                out.add(of(text, at, end));
            }
            at = next < 0 ? text.length() : next + 2;
        }
        return out;
    }

    /** Sentences, also where a full stop is glued to the next sentence ("while working.During the..."). */
    List<Span> sentences() {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && ends(i)) {
                add(out, from, i + 1);
                from = i + 1;
            }
        }
        add(out, from, text.length());
        return out;
    }

    /** Clauses: sentences cut further at semicolons and colons. */
    List<Span> clauses() {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences()) {
            int from = 0;
            for (int i = 0; i < s.text.length(); i++) {
                char c = s.text.charAt(i);
                if (c == ';' || c == ':' && (i + 1 == s.text.length() || s.text.charAt(i + 1) == ' ')) {
                    s.add(out, from, i + 1);
                    from = i + 1;
                }
            }
            s.add(out, from, s.text.length());
        }
        return out;
    }

    Span sub(int from, int to) {
        return new Span(start + from, start + to, text.substring(from, to));
    }

    private void add(List<Span> out, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(sub(from, to));
        }
    }

    private boolean ends(int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        int word = i;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        String before = text.substring(word, i).toLowerCase(Locale.ROOT);
        if (text.charAt(i) == '.' && ABBREVIATIONS.contains(before)) {
            return false;
        }
        if (Character.isUpperCase(next) && Character.isLetter(text.charAt(Math.max(0, i - 1)))) {
            return before.length() > 1; // "working.During", not "A.B."
        }
        if (next != ' ') {
            return false;
        }
        int k = i + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char first = text.charAt(k);
        return Character.isUpperCase(first) || Character.isDigit(first) || "«\"“-–—(".indexOf(first) >= 0;
    }
}
