package org.kuzet.spelling;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds a name to a spelling-insensitive key, so that Азаттық, Азаттык, Azattyq and Azattyk, or Tsoy and Tsoi,
 * or Tokayev and Toqayev, all give the same key. Cyrillic (Russian and Kazakh letters) is transliterated, then the
 * Latin spellings that vary between transliteration schemes are collapsed (q/k, j/zh/dzh, kh/h, y/i, ye/e,
 * doubled letters). Keys are compared, never shown.
 */
public final class Spelling {

    /** Bump when the folding changes: stored keys are then recomputed at start (see SpellingKeys). */
    public static final int ALGORITHM = 1;

    private static final Map<Character, String> CYRILLIC = cyrillic();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

    private Spelling() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String latin = transliterate(name.toLowerCase(Locale.ROOT));
        latin = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        latin = latin.replace("ı", "i");
        latin = SEPARATORS.matcher(latin).replaceAll(" ").trim();
        latin = latin.replace("dzh", "zh").replace("j", "zh").replace("kh", "h").replace("q", "k")
                .replace("w", "v").replace("x", "ks").replace("ye", "e").replace("y", "i");
        return DOUBLED.matcher(latin).replaceAll("$1");
    }

    private static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String latin = CYRILLIC.get(c);
            out.append(latin != null ? latin : String.valueOf(c));
        }
        return out.toString();
    }

    private static Map<Character, String> cyrillic() {
        String[][] pairs = {
            {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ғ", "g"}, {"д", "d"}, {"е", "e"},
            {"ё", "e"}, {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "i"}, {"і", "i"}, {"к", "k"}, {"қ", "k"},
            {"л", "l"}, {"м", "m"}, {"н", "n"}, {"ң", "n"}, {"о", "o"}, {"ө", "o"}, {"п", "p"}, {"р", "r"},
            {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"}, {"ү", "u"}, {"ф", "f"}, {"х", "h"}, {"һ", "h"},
            {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "sh"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
            {"ю", "yu"}, {"я", "ya"}
        };
        Map<Character, String> map = new java.util.HashMap<>();
        for (String[] pair : pairs) {
            map.put(pair[0].charAt(0), pair[1]);
        }
        return Map.copyOf(map);
    }
}
