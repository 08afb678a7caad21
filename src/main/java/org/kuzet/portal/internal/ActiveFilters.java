package org.kuzet.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.place.Places;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.kuzet.taxonomy.Categories;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The values a list is filtered by, each as a link to the same list without it, so that a visitor removes one
 * region of three, or the year, without starting again.
 */
@Component
public final class ActiveFilters {

    /** One value in force: what it is called, in the visitor's language, and the list without it. */
    public record Chip(String name, String label, String href) {
    }

    private static final List<String> ORDER = List.of("group", "category", "region", "verification", "victimKind",
            "year", "month", "from", "to", "state");

    private final MessageSource messages;
    private final Places places;
    private final Categories categories;

    ActiveFilters(MessageSource messages, Places places, Categories categories) {
        this.messages = messages;
        this.places = places;
        this.categories = categories;
    }

    public List<Chip> of(PublicListFilter filter, Map<String, List<PublicIncidents.Facet>> facets, Locale locale,
            String path) {
        List<Chip> chips = new ArrayList<>();
        for (String name : ORDER) {
            for (String value : filter.values(name)) {
                String query = filter.without(name, value).queryString();
                chips.add(new Chip(messages.getMessage("filter.name." + name, null, locale),
                        label(name, value, facets, locale), path + (query.isEmpty() ? "" : "?" + query)));
            }
        }
        return chips;
    }

    private String label(String name, String value, Map<String, List<PublicIncidents.Facet>> facets, Locale locale) {
        return switch (name) {
            case "verification" -> messages.getMessage("verification." + value, null, value, locale);
            case "victimKind" -> messages.getMessage("victim." + value, null, value, locale);
            case "state" -> messages.getMessage("ws.state." + value, null, value, locale);
            default -> facets.getOrDefault(name, List.of()).stream().filter(f -> f.code().equals(value))
                    .map(PublicIncidents.Facet::label).findFirst().orElseGet(() -> named(name, value, locale));
        };
    }

    /** A region or category with no incident in the selection is not among the facets: named from its own table. */
    private String named(String name, String value, Locale locale) {
        return switch (name) {
            case "region" -> places.name(value, Languages.of(locale));
            case "category", "group" -> categories.label(value, Languages.of(locale));
            default -> value;
        };
    }
}
