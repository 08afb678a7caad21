package org.kuzet.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to articles of the codes, in the ways they are written: "art. 274 of the Criminal Code",
 * "Criminal Code art. 274", "Article 158", "статья 73-3 КоАП", "ст. 274 УК РК", "ҚК-нің 274-бабы". The value
 * names the code when it is written next to the article: criminal_code:274, administrative_code:73-3,
 * civil_code:143, or code:158 when it is not.
 */
final class LegalArticles {

    private static final String NUMBER = "(\\d{1,3}(?:-\\d{1,2})?)";
    private static final String CODE_EN = "(Criminal Code|Administrative Code|Code of Administrative Offen[cs]es|Civil Code|CC|CAO)";
    private static final String CODE_RU = "(УК(?: РК)?|КоАП(?: РК)?|ГК(?: РК)?|Уголовного кодекса|Кодекса об административных правонарушениях|Гражданского кодекса)";
    private static final String CODE_KK = "(ҚК|ӘҚБтК|АК|Қылмыстық кодекст[іе]\\S*|Әкімшілік құқық бұзушылық туралы кодекст\\S*|Азаматтық кодекст\\S*)";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b" + CODE_EN + "\\s*(?:,\\s*)?(?:art\\.|[Aa]rticle)\\s*" + NUMBER),
            Pattern.compile("(?i)\\b(?:art\\.|arts\\.|article)\\s*" + NUMBER + "(?:\\s*(?:,|of)?\\s*(?:the\\s+)?" + CODE_EN + ")?"),
            Pattern.compile("(?iu)(?<![\\p{L}])(?:стать[яиеюй]|ст\\.)\\s*" + NUMBER + "(?:\\s*" + CODE_RU + ")?"),
            Pattern.compile("(?u)" + CODE_KK + "(?:-[а-яәғқңөұүһі]+)?\\s*" + NUMBER + "-?\\s*ба[пб]\\p{L}*"),
            Pattern.compile("(?u)(?<![\\p{L}\\d-])" + NUMBER + "-?\\s*ба[пб]\\p{L}*"));

    private LegalArticles() {
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
                String number;
                String code;
                switch (p) {
                    case 0, 3 -> {
                        code = m.group(1);
                        number = m.group(2);
                    }
                    case 4 -> {
                        code = null;
                        number = m.group(1);
                    }
                    default -> {
                        number = m.group(1);
                        code = m.group(2);
                    }
                }
                found.add(new Fact(Fact.Kind.LEGAL_ARTICLE, text.substring(start, end).strip(), start, end,
                        codeName(code) + ":" + number));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Fact::start));
        return found;
    }

    static String codeName(String written) {
        if (written == null) {
            return "code";
        }
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("crim") || w.equals("cc") || w.startsWith("ук") || w.startsWith("уголов") || w.startsWith("қк")
                || w.startsWith("қылмыс")) {
            return "criminal_code";
        }
        if (w.startsWith("adm") || w.contains("administrative") || w.equals("cao") || w.startsWith("коап")
                || w.contains("административ") || w.startsWith("әқбтк") || w.startsWith("әкімшілік")) {
            return "administrative_code";
        }
        if (w.startsWith("civ") || w.startsWith("гк") || w.startsWith("граждан") || w.equals("ак") || w.startsWith("азамат")) {
            return "civil_code";
        }
        return "code";
    }
}
