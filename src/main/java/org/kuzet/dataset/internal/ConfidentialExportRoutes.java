package org.kuzet.dataset.internal;

import java.util.List;
import org.kuzet.security.Access;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * Exports with confidential data are asked for and downloaded by the people who see confidential material; their
 * approval is under the administrators' {@code /staff/admin/**}.
 */
@Component
class ConfidentialExportRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.any("/staff/exports", Access.MONITORS), RouteRule.any("/staff/exports/**",
                Access.MONITORS));
    }
}
