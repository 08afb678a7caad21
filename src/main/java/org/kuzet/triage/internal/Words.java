package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;

/** Words of a text with their offsets, as written (case kept): what name matching works on. */
public final class Words {

    record Word(String text, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c)
                    || (c == '-' || c == '.') && start >= 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (c == '-' || Character.isLowerCase(text.charAt(i + 1)) && !Character.isWhitespace(text.charAt(i - 1)));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new Word(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return words;
    }
}
