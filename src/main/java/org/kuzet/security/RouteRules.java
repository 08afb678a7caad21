package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Every route's rule, gathered from all {@link RouteRuleSource} beans, and the one decision the security filter
 * chains ask for: may this caller make this request? A request that matches no rule is refused: a new route is
 * closed until somebody says who may use it.
 */
@Component
public class RouteRules implements AuthorizationManager<RequestAuthorizationContext> {

    private final List<RouteRule> rules;

    RouteRules(List<RouteRuleSource> sources) {
        List<RouteRule> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.rules()));
        this.rules = List.copyOf(all);
        refuseContradictions(rules);
    }

    public List<RouteRule> all() {
        return rules;
    }

    /** The rule that decides this request, if any rule matches it. */
    public Optional<RouteRule> ruleFor(HttpMethod method, String path) {
        Comparator<String> specificity = RouteRule.MATCHER.getPatternComparator(path);
        return rules.stream().filter(rule -> rule.matches(method, path))
                .min(Comparator.comparing(RouteRule::pattern, specificity)
                        .thenComparing(rule -> rule.method() == null));
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> caller, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new AuthorizationDecision(ruleFor(HttpMethod.valueOf(request.getMethod()), path)
                .map(rule -> rule.access().permits(caller.get()))
                .orElse(false));
    }

    private static void refuseContradictions(List<RouteRule> rules) {
        Map<String, RouteRule> seen = new HashMap<>();
        for (RouteRule rule : rules) {
            String key = (rule.method() == null ? "ANY" : rule.method().name()) + " " + rule.pattern();
            RouteRule earlier = seen.putIfAbsent(key, rule);
            if (earlier != null && !earlier.access().equals(rule.access())) {
                throw new IllegalStateException("Two route rules contradict each other: " + earlier + " and " + rule);
            }
        }
    }
}
