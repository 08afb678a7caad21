package org.kuzet.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kuzet.core.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What a visitor who is not signed in meets at an address they may not use: the sign-in page (in the language they
 * were reading) where there is a page behind it, and the site's "not found" page, in their language, where there is
 * none (a mistyped public address is no reason to ask for a password). A signed-in person meets "not found" at an
 * address with no page behind it too, and "not for your role" only where there is one.
 */
class NotFoundOrLogin implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectProvider<HandlerMapping> mappings;
    private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    NotFoundOrLogin(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!routed(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = request.getParameter("lang");
        redirects.sendRedirect(request, response,
                "/login" + (lang != null && Languages.supported(lang) ? "?lang=" + lang : ""));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (routed(request)) {
            forbidden.handle(request, response, e);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Whether some controller (or other handler) answers this address, for any method. */
    private boolean routed(HttpServletRequest request) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsed) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return mappings.orderedStream().anyMatch(mapping -> handles(mapping, request));
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private static boolean handles(HandlerMapping mapping, HttpServletRequest request) {
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception wrongMethodOrMediaType) {
            return true; // the address exists, only not for this method or content type
        }
    }
}
