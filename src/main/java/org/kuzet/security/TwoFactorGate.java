package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leads a signed-in person whose role requires a second factor, and who has none yet, to set one up before any
 * other page: every page but the set-up page itself, signing out and the site's assets answers with a redirect
 * there. Once the account has one, the session remembers it and asks no more. Only in the browsers' chain: API
 * tokens are not affected.
 */
final class TwoFactorGate extends OncePerRequestFilter {

    static final String SETUP_PAGE = "/staff/two-factor";
    private static final String PASSED = TwoFactorGate.class.getName() + ".passed";
    private static final List<String> OPEN = List.of(SETUP_PAGE, "/logout", "/login", "/assets/", "/webjars/",
            "/error", "/favicon.ico");

    private final TwoFactorPolicy policy;
    private final TwoFactor twoFactor;

    TwoFactorGate(TwoFactorPolicy policy, TwoFactor twoFactor) {
        this.policy = policy;
        this.twoFactor = twoFactor;
    }

    /** This session's account has shown its second factor: no need to look again. */
    static void passed(HttpSession session, String username) {
        session.setAttribute(PASSED, TwoFactor.normal(username));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Viewer viewer = Viewer.current();
        if (viewer.isSignedIn() && !open(request) && mustSetUp(viewer, request.getSession(false))) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustSetUp(Viewer viewer, HttpSession session) {
        if (session != null && TwoFactor.normal(viewer.username()).equals(session.getAttribute(PASSED))) {
            return false;
        }
        if (!policy.requires(viewer.role())) {
            return false;
        }
        if (twoFactor.enrolled(viewer.username())) {
            if (session != null) {
                passed(session, viewer.username());
            }
            return false;
        }
        return true;
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix
                : prefix + "/"));
    }
}
