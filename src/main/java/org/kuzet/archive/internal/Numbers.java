package org.kuzet.archive.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kuzet.matching.Months;
import org.kuzet.matching.NumberMention;

/**
 * Which numbers in a stretch of text can be figures. Years, dates, durations ("over six years"), article numbers
 * ("Article 158") and shares ("80%") are numbers a report prints that are never counts.
 */
final class Numbers {

    private static final Pattern DURATION_AFTER = Pattern.compile("(?iuU)^[\\s-]*(?:years?|months?|weeks?|days?|hours?"
            + "|minutes?|times|лет|года?|годам|месяц\\w*|недел\\w*|дн\\w*|час\\w*|минут\\w*|раз\\w*|жыл\\w*|ай\\b|күн\\w*)\\b");
    private static final Pattern SHARE_AFTER = Pattern.compile("(?iuU)^\\s*(?:%|per\\s*cent|percent|процент\\w*|пайыз\\w*)");
    private static final Pattern LEGAL_BEFORE = Pattern.compile("(?iuU)(?:article|art\\.|articles|part|paragraph"
            + "|clause|стать[яиейю]|ст\\.|част[ьи]|ч\\.|пункт\\w*|п\\.|бап\\w*|No\\.|№)\\s*$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?iuU)\\b" + Months.WORD + "\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?iuU)^\\s*" + Months.WORD + "\\b");
    private static final Pattern MONEY_AROUND = Pattern.compile("(?iuU)[$€]\\s*~?\\s*$|(?:~\\s*)\\$\\s*$");

    private Numbers() {
    }

    /** Why this number is not a figure, or null when it may be one. */
    static String notAFigure(String text, NumberMention n) {
        if (!n.isWhole()) {
            return n.form() == NumberMention.Form.DECIMAL ? "a ratio or a share" : "a code or a date";
        }
        String digits = text.substring(n.start(), n.end());
        String before = text.substring(Math.max(0, n.start() - 30), n.start());
        String after = text.substring(n.end(), Math.min(text.length(), n.end() + 30));
        if (digits.matches("\\d{4}") && n.value() >= 1900 && n.value() <= 2099) {
            return "a year";
        }
        if (MONTH_BEFORE.matcher(before).find() && digits.matches("\\d{1,2}")
                || MONTH_AFTER.matcher(after).find() && digits.matches("\\d{1,2}")) {
            return "a date";
        }
        if (LEGAL_BEFORE.matcher(before).find()) {
            return "an article of a law";
        }
        if (DURATION_AFTER.matcher(after).find()) {
            return "a period of time";
        }
        if (SHARE_AFTER.matcher(after).find()) {
            return "a share";
        }
        if (MONEY_AROUND.matcher(before).find()) {
            return "an amount in another currency";
        }
        return null;
    }

    static List<NumberMention> figures(String text, List<NumberMention> all) {
        return all.stream().filter(n -> notAFigure(text, n) == null).toList();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
