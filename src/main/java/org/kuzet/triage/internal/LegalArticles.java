package org.kuzet.triage.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kuzet.matching.PatternReadings;
import org.kuzet.triage.Fact;

/**
 * Finds references to articles of the codes, in the ways they are written: "art. 274 of the Criminal Code",
 * "Criminal Code art. 274", "Article 158", "статья 73-3 КоАП", "ст. 274 УК РК", "ҚК-нің 274-бабы". The value
 * names the code when it is written next to the article: criminal_code:274, administrative_code:73-3,
 * civil_code:143, or code:158 when it is not.
 */
public final class LegalArticles {

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
        return PatternReadings.of(text, PATTERNS, (p, m) -> {
            boolean codeFirst = p == 0 || p == 3; // "Criminal Code art. 274", "ҚК-нің 274-бабы"
            String code = codeFirst ? m.group(1) : p == 4 ? null : m.group(2);
            String number = codeFirst ? m.group(2) : m.group(1);
            return new Fact(Fact.Kind.LEGAL_ARTICLE, text.substring(m.start(), m.end()).strip(), m.start(), m.end(),
                    codeName(code) + ":" + number);
        });
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
