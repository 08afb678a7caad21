package org.kuzet.matching;

import java.util.Locale;
import java.util.Map;

/**
 * Month names as texts write them: English, Russian in any case form ("марта", "в мае"), and Kazakh with its case
 * endings ("қазанда", "наурыздың").
 */
public final class Months {

    /** A regular expression alternative that matches any month word; use with {@link #number(String)}. */
    public static final String WORD = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]"
            + "|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
            + "|(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}{0,5})";

    private static final Map<String, Integer> KAZAKH = Map.ofEntries(Map.entry("қаңтар", 1), Map.entry("ақпан", 2),
            Map.entry("наурыз", 3), Map.entry("сәуір", 4), Map.entry("мамыр", 5), Map.entry("маусым", 6),
            Map.entry("шілде", 7), Map.entry("тамыз", 8), Map.entry("қыркүйек", 9), Map.entry("қазан", 10),
            Map.entry("қараша", 11), Map.entry("желтоқсан", 12));
    private static final String[] ENGLISH = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] RUSSIAN = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
        "сентябр", "октябр", "ноябр", "декабр"};

    private Months() {
    }

    /** 1 to 12, or 0 when the word names no month. */
    public static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (w.equals(ENGLISH[i])) {
                return i + 1;
            }
        }
        for (Map.Entry<String, Integer> kazakh : KAZAKH.entrySet()) {
            if (w.startsWith(kazakh.getKey()) && w.length() <= kazakh.getKey().length() + 5) {
                return kazakh.getValue();
            }
        }
        if (w.matches("ма[йяе]")) {
            return 5;
        }
        for (int i = 0; i < 12; i++) {
            if (i != 4 && w.startsWith(RUSSIAN[i]) && w.length() <= RUSSIAN[i].length() + 1) {
                return i + 1;
            }
        }
        return 0;
    }
}
