package org.kuzet.search;

import java.util.Locale;
import java.util.Optional;

public enum SearchSort {
    /** Best match first (BM25); newest first among equals, and when there are no words to rank by. */
    RELEVANCE,
    /** Newest first. */
    DATE;

    public static Optional<SearchSort> parse(String value) {
        for (SearchSort sort : values()) {
            if (sort.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
