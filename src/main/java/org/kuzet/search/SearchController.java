package org.kuzet.search;

import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/search: hits, total and facet counts. Anonymous callers search published records and their public
 * text; a signed-in staff member (any role) searches everything.
 */
@RestController
class SearchController {

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam Map<String, String> parameters, Authentication authentication) {
        return index.search(SearchRequests.from(parameters, audienceOf(authentication)));
    }

    static Audience audienceOf(Authentication authentication) {
        boolean staff = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !authentication.getAuthorities().isEmpty();
        return staff ? Audience.STAFF : Audience.PUBLIC;
    }
}
