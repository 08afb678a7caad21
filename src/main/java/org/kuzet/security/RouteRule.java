package org.kuzet.security;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * Who may call the paths matching an Ant-style pattern ({@code /api/v1/**}, {@code /staff/*}/{id}/publish,
 * {@code /api/v1/**}{@code /publish}) with one HTTP method, or with any method when {@code method} is null.
 * A GET rule also covers HEAD.
 */
public record RouteRule(HttpMethod method, String pattern, Access access) {

    static final AntPathMatcher MATCHER = new AntPathMatcher();

    public RouteRule {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern: must start with '/', not '" + pattern + "'");
        }
        if (access == null) {
            throw new IllegalArgumentException("access: missing for " + pattern);
        }
    }

    public static RouteRule any(String pattern, Access access) {
        return new RouteRule(null, pattern, access);
    }

    public static RouteRule get(String pattern, Access access) {
        return new RouteRule(HttpMethod.GET, pattern, access);
    }

    public static RouteRule post(String pattern, Access access) {
        return new RouteRule(HttpMethod.POST, pattern, access);
    }

    public static RouteRule put(String pattern, Access access) {
        return new RouteRule(HttpMethod.PUT, pattern, access);
    }

    public static RouteRule patch(String pattern, Access access) {
        return new RouteRule(HttpMethod.PATCH, pattern, access);
    }

    public static RouteRule delete(String pattern, Access access) {
        return new RouteRule(HttpMethod.DELETE, pattern, access);
    }

    boolean matches(HttpMethod requested, String path) {
        return methodMatches(requested) && MATCHER.match(pattern, path);
    }

    private boolean methodMatches(HttpMethod requested) {
        return method == null || method.equals(requested)
                || (HttpMethod.GET.equals(method) && HttpMethod.HEAD.equals(requested));
    }

    @Override
    public String toString() {
        return (method == null ? "ANY" : method.name()) + " " + pattern + " -> " + access;
    }
}
