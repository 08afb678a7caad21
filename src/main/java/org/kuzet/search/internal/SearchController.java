package org.kuzet.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchResults;
import org.kuzet.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/search: hits, total and facet counts over what the caller may see ({@link SearchAudience}): the
 * public searches published records and their public text; a correspondent that and the records they wrote
 * themselves; monitors, editors and admins everything.
 */
@RestController
class SearchController {

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = index;
    }

    @Operation(summary = "Search incidents, cases, statements, actors and sources, with facets")
    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam Map<String, String> parameters, Authentication authentication) {
        return index.search(SearchRequests.from(parameters, Viewer.of(authentication)));
    }
}
