package org.kuzet.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and keeps their precision: "15 October 2025", "October 15", "15.10.2025", "15 октября 2025 года",
 * "в марте 2024 года", "2025 жылғы 15 қазан", "March 2024". The value is YYYY-MM-DD, YYYY-MM, or --MM-DD when the
 * year is not written (the article's date supplies it).
 */
final class Dates {

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*"
            + "|қаңтар\\p{L}*|ақпан\\p{L}*|наурыз\\p{L}*|сәуір\\p{L}*|мамыр\\p{L}*|маусым\\p{L}*|шілде\\p{L}*|тамыз\\p{L}*|қыркүйек\\p{L}*|қазан\\p{L}*|қараша\\p{L}*|желтоқсан\\p{L}*)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final List<Pattern> PATTERNS = List.of(
            // 2025 жылғы 15 қазан (before the day-month form, which would take "15 қазан" alone)
            Pattern.compile("(?iu)" + YEAR + "\\s+жыл\\p{L}*\\s+(\\d{1,2})\\s+" + MONTH),
            // 15 October 2025, 15 октября 2025 года
            Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}\\d])"),
            // October 15, 2025
            Pattern.compile("(?iu)" + MONTH + "\\s+(\\d{1,2})(?:,\\s*" + YEAR + ")?(?!\\d)"),
            // 15.10.2025
            Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\." + YEAR + "(?!\\d)"),
            // March 2024, в марте 2024 года, 2024 жылғы наурыз
            Pattern.compile("(?iu)(?<![\\p{L}])" + MONTH + "\\s+" + YEAR),
            Pattern.compile("(?iu)" + YEAR + "\\s+жыл\\p{L}*\\s+" + MONTH));

    private Dates() {
    }

    static List<Fact> find(String text) {
        List<Fact> found = new ArrayList<>();
        for (int p = 0; p < PATTERNS.size(); p++) {
            Matcher m = PATTERNS.get(p).matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                    continue;
                }
                String value = switch (p) {
                    case 0 -> day(m.group(1), month(m.group(3)), m.group(2));
                    case 1 -> day(m.group(3), month(m.group(2)), m.group(1));
                    case 2 -> day(m.group(3), month(m.group(1)), m.group(2));
                    case 3 -> day(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
                    case 4 -> monthValue(m.group(2), month(m.group(1)));
                    default -> monthValue(m.group(1), month(m.group(2)));
                };
                if (value != null) {
                    found.add(new Fact(Fact.Kind.DATE, text.substring(start, end), start, end, value));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Fact::start));
        return found;
    }

    private static String day(String year, int month, String day) {
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", year == null ? "-" : year, month, d);
    }

    private static String monthValue(String year, int month) {
        return month < 1 ? null : String.format(Locale.ROOT, "%s-%02d", year, month);
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return -1;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        String[][] names = {
            {"jan", "янв", "қаңтар"}, {"feb", "фев", "ақпан"}, {"mar", "мар", "наурыз"}, {"apr", "апр", "сәуір"},
            {"may", "ма", "мамыр"}, {"jun", "июн", "маусым"}, {"jul", "июл", "шілде"}, {"aug", "авг", "тамыз"},
            {"sep", "сен", "қыркүйек"}, {"oct", "окт", "қазан"}, {"nov", "ноя", "қараша"}, {"dec", "дек", "желтоқсан"}
        };
        // longer Kazakh names first, so "мамыр" is not taken for Russian "ма(й)" and "маусым" is June
        for (int i = 0; i < names.length; i++) {
            m.put(names[i][2], i + 1);
        }
        for (int i = 0; i < names.length; i++) {
            m.putIfAbsent(names[i][0], i + 1);
            m.putIfAbsent(names[i][1], i + 1);
        }
        return m;
    }
}
