package org.kuzet.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers every answer carries. The content security policy lets a page run only scripts and styles served by
 * Kuzet itself (htmx and chart.js come from /webjars), never inline code, so a script smuggled into a page through
 * a user's text or an archived document does not run; no other site may frame Kuzet's pages (X-Frame-Options DENY
 * and frame-ancestors 'none'), except the pages made to be embedded ({@code /embed/...}), which the sites of
 * {@link EmbedProperties} may frame; browsers must not guess content types; and links out do not tell other sites
 * which staff page a person came from.
 */
public final class SecurityHeaders {

    /** The policy of every page but the embeds; theirs differs in frame-ancestors only. */
    private static final String SAME = same("'self'");

    static final String POLICY = SAME + "frame-ancestors 'none'";

    /** The pages other sites may frame. */
    static final String EMBEDS = "/embed/";

    private SecurityHeaders() {
    }

    /**
     * The policy of a page that must carry its style inside it (a report as one HTML file to keep): the same
     * policy, with that one style sheet allowed by its SHA-256 and nothing else inline. A page answered with it keeps
     * it, as the writers above set theirs only where the answer has none.
     */
    public static String allowingStyle(String css) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return same("'self' 'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'")
                    + "frame-ancestors 'none'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String same(String styles) {
        return "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";
    }

    static void apply(HttpSecurity http, EmbedProperties embeds) throws Exception {
        RequestMatcher embedded = request -> request.getRequestURI()
                .startsWith(request.getContextPath() + EMBEDS);
        RequestMatcher other = new NegatedRequestMatcher(embedded);
        http.headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(other,
                        new ContentSecurityPolicyHeaderWriter(POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(other,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(embedded,
                        new ContentSecurityPolicyHeaderWriter(SAME + "frame-ancestors " + embeds.directive())))
                .contentTypeOptions(nosniff -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
