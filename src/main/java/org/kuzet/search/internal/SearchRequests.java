package org.kuzet.search.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.FieldProblem;
import org.kuzet.search.Facet;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchSort;
import org.kuzet.security.Viewer;

/** Turns the parameters of a search (as the API receives them) into a request, or names every bad one. */
final class SearchRequests {

    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 500;

    private SearchRequests() {
    }

    static SearchRequest from(Map<String, String> parameters, Viewer viewer) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = parameters.getOrDefault("q", "");
        if (text.length() > MAX_TEXT) {
            problems.add(FieldProblem.of("q", "problem.atMostCharacters", MAX_TEXT));
        }
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String value = parameters.get(facet.parameter());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (facet.numeric() && !validNumber(facet, value)) {
                problems.add(FieldProblem.of(facet.parameter(), facet == Facet.MONTH
                        ? "problem.monthNumber" : "problem.yearNumber", value));
                continue;
            }
            filters.put(facet, value.trim());
        }
        SearchSort sort = SearchSort.RELEVANCE;
        String sortValue = parameters.get("sort");
        if (sortValue != null && !sortValue.isBlank()) {
            sort = SearchSort.parse(sortValue).orElse(null);
            if (sort == null) {
                problems.add(FieldProblem.of("sort", "problem.sort", sortValue));
            }
        }
        int page = number(parameters.get("page"), 0, "page", 0, 10_000, problems);
        int size = number(parameters.get("size"), 20, "size", 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new SearchRequest(text, filters, sort, page, size, viewer);
    }

    private static boolean validNumber(Facet facet, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            return facet == Facet.MONTH ? n >= 1 && n <= 12 : n >= 1 && n <= 9999;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int number(String value, int fallback, String field, int min, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(FieldProblem.of(field, "problem.wholeNumberRange", min, max, value));

        return fallback;
    }
}
