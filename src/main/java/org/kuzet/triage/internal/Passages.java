package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article into passages: its paragraphs, with long paragraphs cut at sentence ends. The article ends at
 * the first line that starts a site's boilerplate ("Latest news", "Read also", "Читайте также"): headlines of
 * other stories listed there are not what the article reports.
 */
public final class Passages {

    private static final int LONGEST = 700;
    private static final Set<String> BOILERPLATE = Set.of("latest news", "read also", "read also:", "related news",
            "читайте также", "читайте также:", "последние новости", "новости по теме", "соңғы жаңалықтар",
            "тағы оқыңыз", "оқи отырыңыз");

    private Passages() {
    }

    /** Where the article proper ends. */
    public static int articleEnd(String text) {
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String normal = line.strip().toLowerCase(Locale.ROOT);
            if (BOILERPLATE.contains(normal) || normal.startsWith("read also") || normal.startsWith("latest news")) {
                return offset;
            }
            offset += line.length() + 1;
        }
        return text.length();
    }

    static List<Passage> of(String text) {
        List<Passage> passages = new ArrayList<>();
        int end = articleEnd(text);
        int start = 0;
        while (start < end) {
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            addParagraph(text, start, lineEnd, passages);
            start = lineEnd + 1;
        }
        return passages;
    }

    /** A line shorter than this that ends without a full stop is a headline: it announces, the paragraphs tell. */
    private static final int HEADLINE = 90;

    private static void addParagraph(String text, int start, int end, List<Passage> passages) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end || end - start < HEADLINE && !sentence(text, start, end) && end < articleEnd(text)) {
            return;
        }
        while (end - start > LONGEST) {
            int cut = sentenceEnd(text, start, start + LONGEST);
            passages.add(new Passage(start, cut, text.substring(start, cut)));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < end) {
            passages.add(new Passage(start, end, text.substring(start, end)));
        }
    }

    /**
     * Whether the line ends as a sentence does: with a full stop, or with a closing quote after one. A headline may
     * end with a quoted name ("... журналиста портала «Ақ Жайық»") and still be a headline.
     */
    private static boolean sentence(String text, int start, int end) {
        char last = text.charAt(end - 1);
        if (last == '"' || last == '»' || last == '”') {
            return end - 1 > start && ".!?…".indexOf(text.charAt(end - 2)) >= 0;
        }
        return ".!?…".indexOf(last) >= 0;
    }

    /** The last sentence end before the limit, or the limit itself when a sentence runs on. */
    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = limit - 1; i > from + LONGEST / 3; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }
}
