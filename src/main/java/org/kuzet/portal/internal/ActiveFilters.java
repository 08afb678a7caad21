package org.kuzet.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;

/**
 * The values a list is filtered by, each as a link to the same list without it, so that a visitor removes one
 * region of three, or the year, without starting again.
 */
public final class ActiveFilters {

    /** One value in force: what it is called, in the visitor's language, and the list without it. */
    public record Chip(String name, String label, String href) {
    }

    private static final List<String> ORDER = List.of("group", "category", "region", "verification", "victimKind",
            "year", "month", "from", "to", "state");

    private ActiveFilters() {
    }

    public static List<Chip> of(PublicListFilter filter, Map<String, List<PublicIncidents.Facet>> facets,
            MessageSource messages, Locale locale, String path) {
        List<Chip> chips = new ArrayList<>();
        for (String name : ORDER) {
            for (String value : filter.values(name)) {
                String query = filter.without(name, value).queryString();
                chips.add(new Chip(messages.getMessage("filter.name." + name, null, locale),
                        label(name, value, facets, messages, locale), path + (query.isEmpty() ? "" : "?" + query)));
            }
        }
        return chips;
    }

    private static String label(String name, String value, Map<String, List<PublicIncidents.Facet>> facets,
            MessageSource messages, Locale locale) {
        return switch (name) {
            case "verification" -> messages.getMessage("verification." + value, null, value, locale);
            case "victimKind" -> messages.getMessage("victim." + value, null, value, locale);
            case "state" -> messages.getMessage("ws.state." + value, null, value, locale);
            default -> facets.getOrDefault(name, List.of()).stream().filter(f -> f.code().equals(value))
                    .map(PublicIncidents.Facet::label).findFirst().orElse(value);
        };
    }
}
