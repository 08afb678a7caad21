package org.kuzet.incident.internal;

import org.kuzet.incident.Incident;
import java.util.List;
import org.kuzet.security.Access;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the incident routes beyond the broad rules (public reading, staff writing, editors publishing):
 * rejecting and correcting are editors' decisions too. {@link Incident} checks the same again, so the rule holds
 * for every way in, not only HTTP.
 */
@Configuration(proxyBeanMethods = false)
class IncidentRoutes {

    @Bean
    RouteRuleSource incidentRouteRules() {
        return () -> List.of(
                RouteRule.post("/api/v1/incidents/{id}/reject", Access.EDITORS),
                RouteRule.post("/api/v1/incidents/{id}/correct", Access.EDITORS));
    }
}
