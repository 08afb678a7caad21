package org.kuzet.portal.internal;

import java.util.List;
import org.kuzet.api.BadQuery;
import org.kuzet.core.FieldProblem;
import org.kuzet.place.Places;
import org.kuzet.portal.PublicListFilter;
import org.kuzet.taxonomy.Categories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Refuses a filter of the public list or its downloads that names an unknown code, place, month or language, or a
 * year or date that is none (the latter said in the visitor's language).
 */
@Component
public class KnownFilterValues {

    private final Categories categories;
    private final Places places;
    private final MessageSource messages;

    KnownFilterValues(Categories categories, Places places, MessageSource messages) {
        this.categories = categories;
        this.places = places;
        this.messages = messages;
    }

    /** @throws BadQuery naming each parameter whose value names nothing */
    public void require(PublicListFilter filter, String lang) {
        List<FieldProblem> problems = new java.util.ArrayList<>(filter.unknownValues(categories, places, lang));
        for (PublicListFilter.TimeProblem p : filter.timeProblems()) {
            problems.add(new FieldProblem(p.field(), messages.getMessage(p.messageKey(), new Object[] {p.value()},
                    LocaleContextHolder.getLocale())));
        }
        if (!problems.isEmpty()) {
            throw new BadQuery(problems);
        }
    }
}
