package org.kuzet.core;

import java.util.List;
import java.util.Locale;

/** The languages Kuzet speaks: English, Russian and Kazakh. Data labels are stored per language (label_en ...). */
public final class Languages {

    public static final List<String> CODES = List.of("en", "ru", "kk");

    private Languages() {
    }

    /** The supported language of a locale, English when it is none of the three. */
    public static String of(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return CODES.contains(language) ? language : "en";
    }

    /** The first of the three a browser's Accept-Language header asks for; English when it asks for none of them. */
    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), CODES);
                if (match != null) {
                    return Locale.forLanguageTag(match);
                }
            } catch (IllegalArgumentException e) {
                // a malformed header asks for nothing we can honour
            }
        }
        return Locale.ENGLISH;
    }

    public static boolean supported(String code) {
        return code != null && CODES.contains(code);
    }

    /** The code when Kuzet speaks it, English otherwise (a page asked for in another language). */
    public static String orEnglish(String code) {
        return supported(code) ? code : "en";
    }

    /** The refusal of a language Kuzet does not speak, naming the codes it does. */
    public static FieldProblem notSpoken(String field, String code) {
        return FieldProblem.of(field, "problem.oneOfNot", String.join(", ", CODES), code);
    }

}
