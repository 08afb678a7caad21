package org.kuzet.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case words: runs of letters and digits, keeping inner hyphens ("73-3", "pre-trial",
 * "талап-арыз") so that article numbers and compound words stay whole. Ё is folded to е, as Russian writers use
 * both.
 */
public final class Tokens {

    private Tokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>(Math.max(8, text.length() / 6));
        StringBuilder word = new StringBuilder(24);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(fold(c));
            } else if (c == '-' && word.length() > 0 && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))) {
                word.append('-');
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static char fold(char c) {
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
    }

    /** The word cut to its first letters: a crude stem that serves Russian and Kazakh endings alike. */
    public static String stem(String token, int length) {
        return token.length() <= length ? token : token.substring(0, length);
    }

    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
