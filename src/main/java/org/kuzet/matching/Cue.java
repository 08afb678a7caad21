package org.kuzet.matching;

import java.util.List;
import org.kuzet.matching.internal.Stems;

/**
 * A cue word or phrase of a category in one language. Each of its words, cut to its stem, matches as the beginning
 * of a word of the text, in order ("нарушени прав журналист" matches "нарушениях прав журналистов"); short words
 * ("в", "in", "of") must match whole, and a Russian verb may carry a prefix ("заблокировали" for "блокир").
 * {@code group} is the category's group, or "" for a group or an ungrouped category.
 */
public final class Cue {

    /** Russian verbs take prefixes before the stem: "заблокировали" is "блокир" too, "запугивали" is "пугива". */
    static final List<String> RUSSIAN_PREFIXES = List.of("за", "раз", "рас", "по", "вы", "пере", "от", "при");

    private static final int SHORT = 3;

    private final String category;
    private final String group;
    private final String lang;
    private final String text;
    private final List<String> words;
    private final boolean[] whole;

    private Cue(String category, String group, String lang, String text) {
        this.category = category;
        this.group = group;
        this.lang = lang;
        this.text = text;
        List<String> written = Tokens.of(text);
        this.words = written.stream().map(w -> w.length() <= SHORT ? w : Stems.of(w, lang)).toList();
        this.whole = new boolean[written.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = written.get(i).length() <= SHORT;
        }
    }

    public static Cue of(String category, String group, String lang, String text) {
        return new Cue(category, group, lang, text);
    }

    public String category() {
        return category;
    }

    public String group() {
        return group;
    }

    public String lang() {
        return lang;
    }

    /** The cue as written. */
    public String text() {
        return text;
    }

    /** Its words as matched: lower case, cut to their stems. */
    public List<String> words() {
        return words;
    }

    /** Does the cue start at this word of the text? */
    public boolean matchesAt(List<String> tokens, int start) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String cueWord = words.get(i);
            String word = tokens.get(start + i);
            boolean ok = whole[i] ? word.equals(cueWord) : word.startsWith(cueWord) || russianPrefixed(word, cueWord);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** How much a match says: longer and more words say more. */
    int weight() {
        return words.size() * 10 + words.stream().mapToInt(String::length).sum();
    }

    private boolean russianPrefixed(String word, String cueWord) {
        if (!lang.equals("ru") || cueWord.length() < 5) {
            return false;
        }
        for (String prefix : RUSSIAN_PREFIXES) {
            if (word.startsWith(prefix) && word.startsWith(cueWord, prefix.length())) {
                return true;
            }
        }
        return false;
    }
}
