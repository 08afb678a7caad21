package org.kuzet.report;

import static org.kuzet.security.Access.EDITORS;
import static org.kuzet.security.Access.MONITORS;
import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.RouteRule.get;
import static org.kuzet.security.RouteRule.post;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * Published reports are public; the report the data gives now (the staff pages, {@code live=true}, the difference
 * from the published version) is for monitors and up, as {@code report_version.live} in Visibility says.
 */
@Component
class ReportPageRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(get("/reports", PUBLIC), get("/reports/{period}", PUBLIC),
                get("/api/v1/reports/{period}/diff", MONITORS),
                // named, because "/staff/reports/**" and "/staff/**/publish" are equally specific for this path
                post("/staff/reports/{period}/publish", EDITORS));
    }
}
