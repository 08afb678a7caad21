package org.kuzet.legalcase;

import java.util.List;
import org.kuzet.security.Access;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may add to a case's timeline from the staff pages: monitors and up, like the rest of /staff/cases. */
@Configuration(proxyBeanMethods = false)
class LegalCaseRoutes {

    @Bean
    RouteRuleSource legalCaseRouteRules() {
        return () -> List.of(RouteRule.post("/staff/cases/{id}/events", Access.MONITORS));
    }
}
