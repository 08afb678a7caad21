package org.kuzet.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a text, however a report writes them: digits glued to words ("14reports"), digits grouped
 * with spaces or commas ("3 000 000", "6,500"), English, Russian and Kazakh number words in any case form ("five",
 * "двух", "пятью"), and scale words that join digits and words ("78 million 100 thousand", "KZT 512 millions and
 * 300 thousand", "78 млн 100 тыс."). Written by hand rather than with ICU's spell-out parser because that parser
 * knows neither Russian case forms nor mixed digits and words.
 */
public final class NumberReader {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<!\\d)(?:(?<grouped>\\d{1,3}(?:[ \\u00A0\\u202F,]\\d{3})+)(?![\\d]|[.,]\\d)"
                    + "|(?<code>\\d+(?:[.,]\\d+){2,}|\\d+(?:[-/]\\d+)+)"
                    + "|(?<decimal>\\d+[.,]\\d+)"
                    + "|(?<digits>\\d+))"
                    + "|(?<word>\\p{L}+)");
    private static final Map<String, Long> WORDS = words();
    private static final Map<String, Long> SCALES = scales();

    private NumberReader() {
    }

    public static List<NumberMention> find(String text) {
        List<Token> tokens = tokens(text);
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.form != NumberMention.Form.WHOLE || t.value < 0) {
                if (t.form != NumberMention.Form.WHOLE) {
                    found.add(new NumberMention(0, t.start, t.end, t.form));
                }
                i++;
                continue;
            }
            Phrase phrase = phrase(text, tokens, i);
            found.add(new NumberMention(phrase.value, t.start, tokens.get(phrase.last).end, NumberMention.Form.WHOLE));
            i = phrase.last + 1;
        }
        return found;
    }

    /** The value of one number word ("five", "двух", "бес"), or -1. */
    public static long word(String word) {
        return WORDS.getOrDefault(word.toLowerCase(Locale.ROOT).replace('ё', 'е'), -1L);
    }

    /** What a scale word multiplies by ("million", "млн", "мың"), or 0 when the word is none. */
    public static long scale(String word) {
        return SCALES.getOrDefault(word.toLowerCase(Locale.ROOT).replace('ё', 'е'), 0L);
    }

    private record Token(int start, int end, long value, boolean scale, NumberMention.Form form, String text) {
    }

    private record Phrase(long value, int last) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group("grouped") != null) {
                tokens.add(new Token(m.start(), m.end(), Long.parseLong(m.group().replaceAll("[^0-9]", "")), false,
                        NumberMention.Form.WHOLE, m.group()));
            } else if (m.group("code") != null) {
                tokens.add(new Token(m.start(), m.end(), -1, false, NumberMention.Form.CODE, m.group()));
            } else if (m.group("decimal") != null) {
                tokens.add(new Token(m.start(), m.end(), -1, false, NumberMention.Form.DECIMAL, m.group()));
            } else if (m.group("digits") != null) {
                String digits = m.group();
                long value = digits.length() > 15 ? -1 : Long.parseLong(digits);
                tokens.add(new Token(m.start(), m.end(), value, false, NumberMention.Form.WHOLE, digits));
            } else {
                String w = m.group().toLowerCase(Locale.ROOT).replace('ё', 'е');
                Long scale = SCALES.get(w);
                Long value = WORDS.get(w);
                String before = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).text;
                if (value != null && value == 1 && (before.equals("no") || before.equals("ни"))) {
                    value = 0L; // "no one in court", "ни одного в суде"
                }
                tokens.add(new Token(m.start(), m.end(), scale != null ? scale : value != null ? value : -1,
                        scale != null, NumberMention.Form.WHOLE, w));
            }
        }
        return tokens;
    }

    /** Reads one number phrase from token i: small numbers add up, scale words multiply what came before. */
    private static Phrase phrase(String text, List<Token> tokens, int first) {
        long total = 0;
        long current = 0;
        int last = first;
        boolean seenAny = false;
        int i = first;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (i > first) {
                Token prev = tokens.get(last);
                boolean andJoins = isAnd(t) && prev.scale && prev.value >= 1000 && i + 1 < tokens.size()
                        && isNumber(tokens.get(i + 1)) && !tokens.get(i + 1).scale && joined(text, prev, t)
                        && joined(text, t, tokens.get(i + 1));
                if (andJoins) {
                    i++;
                    t = tokens.get(i);
                } else if (!joined(text, prev, t)) {
                    break;
                }
            }
            if (!isNumber(t)) {
                break;
            }
            if (t.scale && t.value == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (t.scale) {
                if (!seenAny) {
                    break;
                }
                total += (current == 0 ? 1 : current) * t.value;
                current = 0;
            } else {
                if (seenAny && !(current == 0 && total > 0 || fitsAfter(current, t.value))) {
                    break;
                }
                current += t.value;
            }
            seenAny = true;
            last = i;
            i++;
        }
        return new Phrase(total + current, last);
    }

    private static boolean isNumber(Token t) {
        return t.form == NumberMention.Form.WHOLE && t.value >= 0;
    }

    private static boolean isAnd(Token t) {
        return t.text.equals("and") || t.text.equals("и");
    }

    /** "twenty five" and "сто двадцать": the smaller number fills a place the bigger left empty. */
    private static boolean fitsAfter(long current, long next) {
        if (current == 0) {
            return true;
        }
        long place = 1;
        while (current % (place * 10) == 0) {
            place *= 10;
        }
        return place > 1 && next < place;
    }

    /** Two tokens belong to one phrase when only spaces, a hyphen or an abbreviation's dot stand between them. */
    private static boolean joined(String text, Token a, Token b) {
        String gap = text.substring(a.end, b.start);
        if (gap.isEmpty()) {
            return true;
        }
        return gap.matches("[ \\u00A0\\u202F\\-]+") || a.scale && gap.matches("\\.[ \\u00A0]*");
    }

    private static Map<String, Long> scales() {
        Map<String, Long> s = new HashMap<>();
        for (String w : new String[] {"hundred", "hundreds"}) {
            s.put(w, 100L);
        }
        for (String w : new String[] {"thousand", "thousands", "тысяча", "тысячи", "тысяч", "тысячу", "тысячами",
            "тысячам", "тыс", "мың"}) {
            s.put(w, 1_000L);
        }
        for (String w : new String[] {"million", "millions", "mln", "миллион", "миллиона", "миллионов", "миллионам",
            "млн", "миллионы"}) {
            s.put(w, 1_000_000L);
        }
        for (String w : new String[] {"billion", "billions", "bln", "миллиард", "миллиарда", "миллиардов", "млрд"}) {
            s.put(w, 1_000_000_000L);
        }
        return Map.copyOf(s);
    }

    private static Map<String, Long> words() {
        Map<String, Long> w = new HashMap<>();
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < en.length; i++) {
            w.put(en[i], (long) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            w.put(tens[i], 20L + 10L * i);
        }
        put(w, 1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном", "бір");
        put(w, 2, "два", "две", "двух", "двум", "двумя", "екі");
        put(w, 3, "три", "трех", "трем", "тремя", "үш");
        put(w, 4, "четыре", "четырех", "четырем", "четырьмя", "төрт");
        put(w, 5, "пять", "пяти", "пятью", "бес");
        put(w, 6, "шесть", "шести", "шестью", "алты");
        put(w, 7, "семь", "семи", "семью", "жеті");
        put(w, 8, "восемь", "восьми", "восемью", "восьмью", "сегіз");
        put(w, 9, "девять", "девяти", "девятью", "тоғыз");
        put(w, 10, "десять", "десяти", "десятью", "он");
        String[] teens = {"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
            "семнадцат", "восемнадцат", "девятнадцат"};
        for (int i = 0; i < teens.length; i++) {
            put(w, 11 + i, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        }
        put(w, 20, "двадцать", "двадцати", "двадцатью", "жиырма");
        put(w, 30, "тридцать", "тридцати", "тридцатью", "отыз");
        put(w, 40, "сорок", "сорока", "қырық");
        put(w, 50, "пятьдесят", "пятидесяти", "елу");
        put(w, 60, "шестьдесят", "шестидесяти", "алпыс");
        put(w, 70, "семьдесят", "семидесяти", "жетпіс");
        put(w, 80, "восемьдесят", "восьмидесяти", "сексен");
        put(w, 90, "девяносто", "девяноста", "тоқсан");
        put(w, 100, "сто", "ста", "жүз");
        put(w, 200, "двести", "двухсот", "двумстам");
        put(w, 300, "триста", "трехсот");
        put(w, 400, "четыреста", "четырехсот");
        put(w, 500, "пятьсот", "пятисот");
        put(w, 600, "шестьсот", "шестисот");
        put(w, 700, "семьсот", "семисот");
        put(w, 800, "восемьсот", "восьмисот");
        put(w, 900, "девятьсот", "девятисот");
        return Map.copyOf(w);
    }

    private static void put(Map<String, Long> w, long value, String... forms) {
        for (String f : forms) {
            w.put(f, value);
        }
    }
}
