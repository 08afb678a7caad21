package org.kuzet.search;

import java.util.EnumMap;
import java.util.Map;
import org.kuzet.security.Viewer;

/**
 * What to look for: words and "quoted phrases" (may be blank: then every visible record), facet values to keep,
 * order, and which page. Built and checked by {@code internal.SearchRequests}.
 */
public record SearchRequest(String text, Map<Facet, String> filters, SearchSort sort, int page, int size,
                            Viewer viewer) {

    public SearchRequest {
        text = text == null ? "" : text;
        filters = Map.copyOf(filters);
    }

    public static SearchRequest of(String text, Viewer viewer) {
        return new SearchRequest(text, Map.of(), SearchSort.RELEVANCE, 0, 20, viewer);
    }

    public SearchRequest with(Facet facet, String value) {
        EnumMap<Facet, String> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.put(facet, value);
        return new SearchRequest(text, more, sort, page, size, viewer);
    }

    public SearchRequest sortedBy(SearchSort order) {
        return new SearchRequest(text, filters, order, page, size, viewer);
    }

    public SearchRequest page(int number, int pageSize) {
        return new SearchRequest(text, filters, sort, number, pageSize, viewer);
    }
}
