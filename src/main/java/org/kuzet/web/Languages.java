package org.kuzet.web;

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

    public static boolean supported(String code) {
        return code != null && CODES.contains(code);
    }
}
