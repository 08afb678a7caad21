package org.kuzet.evidence.internal;

import static org.kuzet.security.Access.EDITORS;
import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.RouteRule.any;
import static org.kuzet.security.RouteRule.get;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * Redacted copies: made, published and withdrawn by editors and administrators on the staff page (which shows the
 * original); a published copy is public. Redactions checks the role again.
 */
@Component
class EvidenceRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                any("/staff/evidence/**", EDITORS),
                get("/evidence/redacted/{sha256}", PUBLIC));
    }
}
