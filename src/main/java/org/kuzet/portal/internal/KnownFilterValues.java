package org.kuzet.portal.internal;

import java.util.List;
import org.kuzet.api.BadQuery;
import org.kuzet.core.FieldProblem;
import org.kuzet.place.Places;
import org.kuzet.portal.PublicListFilter;
import org.kuzet.taxonomy.Categories;
import org.springframework.stereotype.Component;

/**
 * Refuses a filter of the public list or its downloads that names an unknown code, place, month or language, or a
 * year or date that is none.
 */
@Component
public class KnownFilterValues {

    private final Categories categories;
    private final Places places;

    KnownFilterValues(Categories categories, Places places) {
        this.categories = categories;
        this.places = places;
    }

    /** @throws BadQuery naming each parameter whose value names nothing */
    public void require(PublicListFilter filter, String lang) {
        List<FieldProblem> problems = new java.util.ArrayList<>(filter.unknownValues(categories, places, lang));
        problems.addAll(filter.timeProblems());
        if (!problems.isEmpty()) {
            throw new BadQuery(problems);
        }
    }
}
