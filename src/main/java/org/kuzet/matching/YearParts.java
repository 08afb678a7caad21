package org.kuzet.matching;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a year named with a part of it, as news dates what it cannot date closer: "early 2025", "in late 2024",
 * "в начале 2025 года", "весной 2024 года", "2025 жылдың басында". The value is the year (YYYY): the precision the
 * text gives, never a day made up. Days and months are DateReader's.
 */
public final class YearParts {

    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?iu)(?<!\\p{L})(?:early|mid-|mid|late|the (?:start|beginning|end|middle) of|spring|summer|autumn|fall|winter)\\s*"
                    + YEAR + "(?!\\d)"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:в начале|в середине|в конце|весной|летом|осенью|зимой)\\s+" + YEAR
                    + "(?:\\s+г(?:ода|\\.)?)?(?!\\d)"),
            Pattern.compile("(?iu)(?<!\\d)" + YEAR + "\\s+жыл\\p{L}*\\s+(?:басында|ортасында|соңында|аяғында|көктемінде|жазында|күзінде|қысында)"));

    private YearParts() {
    }

    public static List<DateMention> find(String text) {
        return PatternReadings.of(text, PATTERNS,
                (p, m) -> new DateMention(text.substring(m.start(), m.end()), m.start(), m.end(), m.group(1)));
    }
}
