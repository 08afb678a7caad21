package org.kuzet.workspace;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of a published report's figures as a person reads them, in the page's language: {@code counts.threats}
 * is the category's name, {@code judicial_acts} and {@code ytd.civil} the archive's words for them
 * ({@code figure.*} in i18n/archive). A key with no name known is shown as it is.
 */
final class FigureNames {

    private static final String COUNTS = "counts.";

    private FigureNames() {
    }

    /**
     * @param labels the archive page's labels in its language
     * @param categories the category and group names in that language, by code
     */
    static Map<String, String> of(Collection<String> keys, Map<String, String> labels, Map<String, String> categories) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.forEach(key -> names.put(key, name(key, labels, categories)));
        return names;
    }

    static String name(String key, Map<String, String> labels, Map<String, String> categories) {
        if (key.startsWith(COUNTS)) {
            return categories.getOrDefault(key.substring(COUNTS.length()), key);
        }
        String whole = labels.get("figure." + key);
        if (whole != null) {
            return whole;
        }
        int dot = key.indexOf('.');
        if (dot > 0) {
            String family = labels.get("figure." + key.substring(0, dot));
            String kind = labels.get("figure.kind." + key.substring(dot + 1));
            if (family != null && kind != null) {
                return family + ": " + kind;
            }
        }
        return key;
    }
}
