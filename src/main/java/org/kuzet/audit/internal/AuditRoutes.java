package org.kuzet.audit.internal;

import java.util.List;
import org.kuzet.security.Access;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reads the audit log's page: monitors and up, like its API ({@code GET /api/v1/audit}). */
@Configuration(proxyBeanMethods = false)
class AuditRoutes {

    @Bean
    RouteRuleSource auditRouteRules() {
        return () -> List.of(RouteRule.get("/staff/audit", Access.MONITORS));
    }
}
