package org.kuzet.report.internal;

import static org.kuzet.security.Access.MONITORS;
import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.RouteRule.get;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * Published reports are public; the report the data gives now ({@code live=true}, the difference from the published
 * version) is for monitors and up, as {@code report_version.live} in Visibility says (the staff pages: workspace).
 */
@Component
class ReportPageRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(get("/reports", PUBLIC), get("/reports/{period}", PUBLIC),
                get("/api/v1/reports/{period}/diff", MONITORS));
    }
}
