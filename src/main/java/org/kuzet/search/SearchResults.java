package org.kuzet.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, how many there are in all, and for each facet how many of them have each value. Suggestions are
 * the (spelling-folded) names a misspelt word was also looked up as.
 */
public record SearchResults(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets,
                            List<String> suggestions) {
}
