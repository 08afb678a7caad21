package org.kuzet.evidence.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes HTML from outside (an archived page, a user's rich text) safe to show: only text formatting, paragraphs,
 * lists, tables and http/https/mailto links survive; scripts, event handlers, javascript: URLs, styles, frames,
 * forms and embedded objects are dropped. Remote images are dropped too, since loading them would tell the remote
 * site who reads the page. Use it before any outside HTML goes into a page (th:utext).
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").requireRelsOnLinks("noopener", "noreferrer").toFactory());

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
