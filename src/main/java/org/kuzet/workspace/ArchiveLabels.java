package org.kuzet.workspace;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.kuzet.core.Languages;

/**
 * The labels of the archive pages in English, Russian or Kazakh, from this feature's own messages
 * (i18n/archive*.properties), picked by the {@code lang} request parameter. The languages are
 * the ones {@link Languages} lists.
 */
final class ArchiveLabels {

    private ArchiveLabels() {
    }

    static String language(String requested) {
        return Languages.orEnglish(requested);
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
