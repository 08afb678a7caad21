package org.kuzet.archive;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The labels of the archive pages in English, Russian or Kazakh, from this feature's own messages
 * (i18n/archive*.properties), picked by the {@code lang} request parameter. Nothing global is configured: the web
 * feature will unify languages later.
 */
final class ArchiveLabels {

    static final Set<String> LANGUAGES = Set.of("en", "ru", "kk");

    private ArchiveLabels() {
    }

    static String language(String requested) {
        return requested != null && LANGUAGES.contains(requested) ? requested : "en";
    }

    static Map<String, String> of(String lang) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/archive", Locale.forLanguageTag(language(lang)),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> labels = new HashMap<>();
        for (String key : bundle.keySet()) {
            labels.put(key, bundle.getString(key));
        }
        return labels;
    }
}
