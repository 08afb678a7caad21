package org.kuzet.report;

import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.RouteRule.get;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/** Published reports are public; the staff report pages fall under the workspace's rules. */
@Component
class ReportPageRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(get("/reports", PUBLIC), get("/reports/{period}", PUBLIC));
    }
}
