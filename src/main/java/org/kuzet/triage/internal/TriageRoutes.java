package org.kuzet.triage.internal;

import static org.kuzet.security.Access.MONITORS;
import static org.kuzet.security.RouteRule.any;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/** The triage queue is for monitors, editors and admins: correspondents report, they do not sift the news. */
@Component
public class TriageRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(any("/staff/triage", MONITORS), any("/staff/triage/**", MONITORS));
    }
}
