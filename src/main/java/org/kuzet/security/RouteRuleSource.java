package org.kuzet.security;

import java.util.List;

/**
 * A feature's declaration of who may use its routes. Make a bean of this type in your package, e.g.
 * <pre>{@code
 * @Bean RouteRuleSource legalCaseRoutes() {
 *     return () -> List.of(RouteRule.post("/api/v1/legal-cases/{id}/close", Access.EDITORS),
 *                          RouteRule.get("/cases/**", Access.PUBLIC));
 * }
 * }</pre>
 * Where several rules match a request, the most specific pattern wins (as in Spring MVC), and a rule for the
 * request's method beats an any-method rule with the same pattern. A route that no rule matches is refused to
 * everyone, and {@code RouteRulesCoverTest} names it.
 */
@FunctionalInterface
public interface RouteRuleSource {

    List<RouteRule> rules();
}
