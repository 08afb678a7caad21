package org.kuzet.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of tenge as texts write them: "3 000 000 tenge", "78 million 100 thousand tenge", "KZT 512 millions and
 * 300 thousand", "10 млн тенге", "1,5 млн тенге", "300 мың теңге", "five million tenge". The number is read by
 * {@link NumberReader}; it is an amount of tenge when a currency word follows it or KZT/₸ precedes it.
 */
public final class TengeAmounts {

    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "(?iuU)^\\s*\\.?\\s*(?:tenge|тенге|теңге|тг\\.?|kzt|₸)(?!\\p{L})");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?iuU)(?:kzt|₸)\\s*$");
    /** "1,5 млн": a decimal is a whole amount once a scale word follows it. */
    private static final Pattern SCALE_AFTER = Pattern.compile("(?uU)^[ \\u00A0\\u202F]*(\\p{L}+)\\.?");

    private TengeAmounts() {
    }

    /** Every amount of tenge in the text, in text order. */
    public static List<AmountMention> find(String text) {
        List<AmountMention> found = new ArrayList<>();
        for (NumberMention n : NumberReader.find(text)) {
            AmountMention amount = amount(text, n);
            if (amount != null) {
                found.add(amount);
            }
        }
        return found;
    }

    /** Is this number of the text an amount of tenge? */
    public static boolean isTenge(String text, NumberMention n) {
        return currencyAfter(text, n.end()) >= 0 || currencyBefore(text, n.start()) >= 0;
    }

    private static AmountMention amount(String text, NumberMention n) {
        long value = n.value();
        int end = n.end();
        if (n.form() == NumberMention.Form.DECIMAL) {
            Matcher scale = SCALE_AFTER.matcher(text.substring(end));
            long multiplier = scale.lookingAt() ? NumberReader.scale(scale.group(1)) : 0;
            if (multiplier < 1000) {
                return null;
            }
            BigDecimal decimal = new BigDecimal(text.substring(n.start(), end).replace(',', '.'));
            value = decimal.multiply(BigDecimal.valueOf(multiplier)).longValue();
            end += scale.end();
        } else if (!n.isWhole()) {
            return null;
        }
        int after = currencyAfter(text, end);
        int before = currencyBefore(text, n.start());
        if (value <= 0 || after < 0 && before < 0) {
            return null;
        }
        int from = before >= 0 ? before : n.start();
        int to = after >= 0 ? after : end;
        return new AmountMention(text.substring(from, to), from, to, value);
    }

    /** Where the currency word after {@code end} ends, or -1. */
    private static int currencyAfter(String text, int end) {
        Matcher m = CURRENCY_AFTER.matcher(text.substring(end));
        return m.find() ? end + m.end() : -1;
    }

    /** Where KZT or ₸ before {@code start} begins, or -1. */
    private static int currencyBefore(String text, int start) {
        int from = Math.max(0, start - 6);
        Matcher m = CURRENCY_BEFORE.matcher(text.substring(from, start));
        return m.find() ? from + m.start() : -1;
    }
}
