package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.kuzet.core.Languages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every open session in step with its account, on each request: a disabled account's session is signed out
 * and sent to the sign-in page, which says why (in the language the address or the cookie names); an account given
 * another role acts with that role from this request on. A session signed in as a name with no account (accounts
 * are disabled, never deleted) is left as it is. The API needs no such check: it signs each call in anew.
 */
final class OpenSessions extends OncePerRequestFilter {

    /** Where a signed-out session lands; the sign-in page reads the parameter to say why. */
    static final String SIGNED_OUT = "/login?disabled";

    private final AccountStandings standings;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

    OpenSessions(AccountStandings standings) {
        this.standings = standings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a page's stylesheet and scripts: the page itself, asked for first, is where the session is checked
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = contexts.getContext().getAuthentication();
        Viewer viewer = Viewer.of(signedIn);
        Optional<AccountStandings.Standing> standing = viewer.isPublic() ? Optional.empty()
                : standings.of(viewer.username());
        if (standing.isPresent() && !standing.get().enabled()) {
            signOut(request, response, signedIn);
            return;
        }
        if (standing.isPresent() && standing.get().role() != viewer.role()) {
            actAs(standing.get().role(), signedIn, request, response);
        }
        chain.doFilter(request, response);
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException {
        new SecurityContextLogoutHandler().logout(request, response, signedIn);
        String lang = request.getParameter("lang");
        String target = SIGNED_OUT + (lang != null && Languages.supported(lang) ? "&lang=" + lang : "");
        if ("true".equals(request.getHeader("HX-Request"))) {
            // a request htmx made for part of a page: the whole page goes to the sign-in form
            response.setHeader("HX-Redirect", request.getContextPath() + target);
            return;
        }
        redirects.sendRedirect(request, response, target);
    }

    /** The same session, signed in with the account's present role. */
    private void actAs(Role role, Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        UserDetails principal = User.withUsername(signedIn.getName()).password("").authorities(role.authority())
                .build();
        UsernamePasswordAuthenticationToken now = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        now.setDetails(signedIn.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(now);
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
