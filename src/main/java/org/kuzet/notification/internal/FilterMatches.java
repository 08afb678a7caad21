package org.kuzet.notification.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * What a saved filter selects now, as its owner may see it: the staff list's query string read back into the list's
 * filter, and the incidents of every state for those who see every unpublished one (the public catalogue otherwise).
 */
@Component
class FilterMatches {

    private final PublicIncidents incidents;
    private final StaffAccounts accounts;

    FilterMatches(PublicIncidents incidents, StaffAccounts accounts) {
        this.incidents = incidents;
        this.accounts = accounts;
    }

    List<PublicIncidents.Row> of(SavedFilter filter) {
        return of(filter.username(), filter.query(), filter.lang());
    }

    List<PublicIncidents.Row> of(String username, String query, String lang) {
        List<PublicIncidents.Row> rows = new ArrayList<>();
        boolean desk = IncidentAccess.seesEveryUnpublished(viewer(username));
        incidents.each(listFilter(query), lang, desk, rows::add);
        return rows;
    }

    static PublicListFilter listFilter(String query) {
        Map<String, String> p = params(query);
        return new PublicListFilter(p.get("q"), p.get("group"), p.get("category"), p.get("region"), p.get("month"),
                p.get("verification"), p.get("victimKind"), p.get("state"));
    }

    private Viewer viewer(String username) {
        UserDetails user;
        try {
            user = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return Viewer.PUBLIC;
        }
        if (!user.isEnabled()) {
            return Viewer.PUBLIC;
        }
        return Viewer.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
