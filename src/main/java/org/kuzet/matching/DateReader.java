package org.kuzet.matching;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds dates and keeps their precision: "15 October 2025", "October 15", "15.10.2025", "15 октября 2025 года",
 * "в марте 2024 года", "2025 жылғы 15 қазан", "March 2024". The value is YYYY-MM-DD, YYYY-MM, or --MM-DD when the
 * year is not written (the article's date supplies it).
 */
public final class DateReader {

    private static final String MONTH = "(" + Months.WORD + ")";
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

    private DateReader() {
    }

    public static List<DateMention> find(String text) {
        return PatternReadings.of(text, PATTERNS, (p, m) -> {
            String value = switch (p) {
                case 0 -> day(m.group(1), month(m.group(3)), m.group(2));
                case 1 -> day(m.group(3), month(m.group(2)), m.group(1));
                case 2 -> day(m.group(3), month(m.group(1)), m.group(2));
                case 3 -> day(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
                case 4 -> monthValue(m.group(2), month(m.group(1)));
                default -> monthValue(m.group(1), month(m.group(2)));
            };
            return value == null ? null : new DateMention(text.substring(m.start(), m.end()), m.start(), m.end(), value);
        });
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
        int month = Months.number(word);
        return month == 0 ? -1 : month;
    }
}
