package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps one client from starving the others: sign-in attempts and API calls each draw from a per-address token
 * bucket; an empty bucket is answered 429 with Retry-After, before any password is hashed or query run.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final ClientBudgets login;
    private final ClientBudgets api;

    RateLimitFilter(RateLimitProperties properties, JdbcClient jdbc) {
        this.login = new ClientBudgets("login", properties.login(), jdbc);
        this.api = new ClientBudgets("api", properties.api(), jdbc);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientBudgets budgets = budgetsFor(request);
        long wait = budgets == null ? 0 : budgets.take(request.getRemoteAddr());
        if (wait > 0) {
            log.info("Rate limit reached by {} on {}", request.getRemoteAddr(), request.getRequestURI());
            response.setHeader("Retry-After", Long.toString(wait));
            Problems.write(response, 429, "Too many requests",
                    "This client sent too many requests; try again in " + wait + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private ClientBudgets budgetsFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && (path.equals("/login") || path.equals("/setup")
                || path.equals(TwoFactorSignIn.CODE_PAGE))) {
            return login;
        }
        return path.startsWith("/api/") ? api : null;
    }
}
