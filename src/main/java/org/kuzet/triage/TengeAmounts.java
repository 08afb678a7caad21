package org.kuzet.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of tenge as the reports write them ("3 000 000 tenge", "78 million 100 thousand tenge",
 * "KZT 512 millions and 300 thousand", "10 млн тенге", "300 мың теңге") and turns them into exact integers.
 */
final class TengeAmounts {

    private static final String MULTIPLIER = "(?:billions?|millions?|thousand|thousands|млрд\\.?|миллиард\\p{L}*|млн\\.?|миллион\\p{L}*|тыс\\.?|тысяч\\p{L}*|мың|миллиард|миллион)";
    private static final String NUMBER = "\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final String PHRASE = "(?:(?:" + NUMBER + ")\\s*" + MULTIPLIER + "?(?:\\s*(?:and|и|және)?\\s*)?)+";
    private static final String CURRENCY = "(?:tenge|тенге|теңге|тг\\.?|KZT|₸)";
    private static final Pattern AFTER = Pattern.compile("(?iu)(" + PHRASE + ")\\s*" + CURRENCY + "(?![\\p{L}])");
    private static final Pattern BEFORE = Pattern.compile("(?iu)(?:KZT|₸)\\s*(" + PHRASE + ")");
    private static final Pattern PART = Pattern.compile("(?iu)(" + NUMBER + ")\\s*(" + MULTIPLIER + ")?");

    private TengeAmounts() {
    }

    static List<Fact> find(String text) {
        List<Fact> found = new ArrayList<>();
        for (Pattern pattern : List.of(AFTER, BEFORE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                    continue;
                }
                long value = value(m.group(1));
                if (value > 0) {
                    found.add(new Fact(Fact.Kind.AMOUNT_TENGE, text.substring(start, end).strip(), start, end,
                            Long.toString(value)));
                }
            }
        }
        return found;
    }

    /** "78 million 100 thousand" = 78 100 000; "1,5 млн" = 1 500 000. */
    static long value(String phrase) {
        Matcher part = PART.matcher(phrase);
        long total = 0;
        while (part.find()) {
            String digits = part.group(1).replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.');
            java.math.BigDecimal number = new java.math.BigDecimal(digits);
            long multiplier = multiplier(part.group(2));
            total += number.multiply(java.math.BigDecimal.valueOf(multiplier)).longValue();
        }
        return total;
    }

    private static long multiplier(String word) {
        if (word == null) {
            return 1;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("b") || w.startsWith("млрд") || w.startsWith("миллиард")) {
            return 1_000_000_000L;
        }
        if (w.startsWith("m") || w.startsWith("млн") || w.startsWith("миллион")) {
            return 1_000_000L;
        }
        return 1_000L;
    }
}
