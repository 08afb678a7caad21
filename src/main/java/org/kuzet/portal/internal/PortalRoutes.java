package org.kuzet.portal.internal;

import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.RouteRule.get;
import static org.kuzet.security.RouteRule.post;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/** The public portal is open to everyone: it reads published incidents and public legal cases only. */
@Component
class PortalRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                get("/incidents", PUBLIC),
                get("/incidents/{id}", PUBLIC),
                get("/incidents.csv", PUBLIC),
                get("/incidents.json", PUBLIC),
                get("/feed.atom", PUBLIC),
                get("/charts", PUBLIC),
                get("/charts/data.json", PUBLIC),
                get("/charts/{chart}.csv", PUBLIC),
                get("/actors/{id}", PUBLIC),
                get("/incidents/{id}.pdf", PUBLIC),
                get("/cases/{id}", PUBLIC),
                get("/cases/{id}.pdf", PUBLIC),
                get("/embed/count", PUBLIC),
                get("/embed/latest", PUBLIC),
                get("/embed/chart/{chart}", PUBLIC),
                get("/map", PUBLIC),
                get("/methodology", PUBLIC),
                // anyone may tell the service of an incident: no account, a per-address budget, CSRF as every form
                get("/report-an-incident", PUBLIC),
                post("/report-an-incident", PUBLIC),
                get("/report-an-incident/sent", PUBLIC));
    }
}
