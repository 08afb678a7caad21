package org.kuzet.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every answer carries. The content security policy lets a page run only scripts and styles served by
 * Kuzet itself (htmx and chart.js come from /webjars), never inline code, so a script smuggled into a page through
 * a user's text or an archived document does not run; no other site may frame Kuzet's pages; browsers must not
 * guess content types; and links out do not tell other sites which staff page a person came from.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(nosniff -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
