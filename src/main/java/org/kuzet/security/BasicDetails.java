package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What HTTP Basic knows of a request besides the address: its path, so that {@link BasicWithoutSecondFactor} can
 * let the phone apps' intake through.
 */
final class BasicDetails extends WebAuthenticationDetails {

    private final String path;

    BasicDetails(HttpServletRequest request) {
        super(request);
        this.path = request.getRequestURI().substring(request.getContextPath().length());
    }

    String path() {
        return path;
    }
}
