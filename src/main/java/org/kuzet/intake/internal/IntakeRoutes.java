package org.kuzet.intake.internal;

import static org.kuzet.security.Access.STAFF;
import static org.kuzet.security.RouteRule.any;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * Who may send and read submissions: any staff account, correspondents first of all. {@code Submissions} shows a
 * correspondent only their own; monitors and up see every one.
 */
@Component
class IntakeRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                any("/api/openrosa/**", STAFF),
                any("/staff/submissions", STAFF), any("/staff/submissions/**", STAFF));
    }
}
