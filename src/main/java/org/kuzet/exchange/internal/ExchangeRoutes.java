package org.kuzet.exchange.internal;

import static org.kuzet.security.Access.MONITORS;
import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.RouteRule.any;
import static org.kuzet.security.RouteRule.get;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * The exports are public (each shows what the caller may see, never a confidential field); importing records
 * incidents, which monitors and up do; the draft alerts are for the desk.
 */
@Component
class ExchangeRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                get("/api/v1/exports/**", PUBLIC),
                any("/api/v1/imports/**", MONITORS),
                get("/sdg-16-10-1", PUBLIC),
                any("/staff/incidents/{id}/alert", MONITORS));
    }
}
