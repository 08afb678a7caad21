package org.kuzet.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which sites may frame the pages made to be embedded ({@code /embed/...}): the sources of their
 * {@code Content-Security-Policy: frame-ancestors}, e.g. {@code kuzet.embed.frame-ancestors=https://partner.example,
 * https://*.media.kz}. The default {@code *} lets any http(s) site frame them: they show published figures only,
 * hold no form and no signed-in state, so framing them cannot trick anyone into an action (the reason every other
 * page refuses frames). Each value must be one source expression; anything that could end the directive and start
 * another (a semicolon, a comma, a space, a quote) stops the start with the property named.
 */
@ConfigurationProperties("kuzet.embed")
public record EmbedProperties(@DefaultValue("*") List<String> frameAncestors) {

    /** A CSP source expression: *, 'self', 'none', a scheme (https:), or a host with optional scheme, port, path. */
    private static final Pattern SOURCE = Pattern.compile(
            "\\*|'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[A-Za-z0-9.-]+(:(\\d+|\\*))?(/[^\\s;,']*)?");

    public EmbedProperties {
        frameAncestors = frameAncestors == null || frameAncestors.isEmpty() ? List.of("*")
                : frameAncestors.stream().map(String::strip).toList();
        for (String source : frameAncestors) {
            if (!SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException("kuzet.embed.frame-ancestors: '" + source + "' is not a source"
                        + " of a frame-ancestors directive (*, 'self', https:, https://partner.example)");
            }
        }
        if (frameAncestors.contains("'none'") && frameAncestors.size() > 1) {
            throw new IllegalArgumentException("kuzet.embed.frame-ancestors: 'none' stands alone");
        }
    }

    /** The directive's value, sources separated by spaces. */
    String directive() {
        return String.join(" ", frameAncestors);
    }
}
