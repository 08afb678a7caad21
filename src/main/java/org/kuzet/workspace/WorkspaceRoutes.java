package org.kuzet.workspace;

import java.util.List;
import org.kuzet.security.Access;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may use the workspace's forms beyond the broad /staff rules: opening a case is the desk's, as editing it. */
@Configuration(proxyBeanMethods = false)
class WorkspaceRoutes {

    @Bean
    RouteRuleSource workspaceFormRouteRules() {
        return () -> List.of(
                RouteRule.post("/staff/cases", Access.MONITORS),
                // picking an incident by its title: any staff form may ask (a correspondent sees only their own)
                RouteRule.get("/staff/incidents/suggest", Access.STAFF));
    }
}
