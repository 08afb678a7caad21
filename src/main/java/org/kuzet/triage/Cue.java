package org.kuzet.triage;

import java.util.List;

/** A cue word or phrase of a category in one language; each of its words matches as a prefix of a text word. */
record Cue(String category, String lang, String text, List<String> words) {

    /** Russian verbs take prefixes before the stem: "заблокировали" is "блокир" too, "запугивали" is "пугива". */
    static final List<String> RUSSIAN_PREFIXES = List.of("за", "раз", "рас", "по", "вы", "пере", "от", "при");

    static Cue of(String category, String lang, String text) {
        return new Cue(category, lang, text, Tokens.of(text));
    }

    /** Does the cue start at this word of the text? Short cue words ("в", "in", "of") must match whole. */
    boolean matchesAt(List<String> tokens, int start) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String cueWord = words.get(i);
            String word = tokens.get(start + i);
            boolean ok = cueWord.length() <= 3 ? word.equals(cueWord)
                    : word.startsWith(cueWord) || russianPrefixed(word, cueWord);
            if (!ok) {
                return false;
            }
        }
        return true;
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
