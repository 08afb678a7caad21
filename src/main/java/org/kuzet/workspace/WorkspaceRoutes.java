package org.kuzet.workspace;

import static org.kuzet.security.Access.ADMINS;
import static org.kuzet.security.Access.EDITORS;
import static org.kuzet.security.Access.MONITORS;
import static org.kuzet.security.Access.STAFF;
import static org.kuzet.security.RouteRule.any;
import static org.kuzet.security.RouteRule.get;
import static org.kuzet.security.RouteRule.post;

import java.util.List;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.stereotype.Component;

/**
 * Who may use the staff pages beyond the broad rules of the workspace (any account; monitors and up for cases,
 * reports, archive and triage; editors to publish). The features check the same again, so each rule holds for
 * every way in, not only these pages.
 */
@Component
class WorkspaceRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                // linking a legal case: any staff account, as through the API (POST/PUT /api/v1/legal-cases)
                post("/staff/incidents/{id}/cases", STAFF),
                // only the desk tells two incidents apart (IncidentDesk.dismissDuplicate checks it again)
                post("/staff/incidents/{id}/duplicates/{other}/dismiss", MONITORS),
                post("/staff/incidents/{id}/duplicates/{other}/merge", MONITORS),
                // a case's timeline: monitors and up, like the rest of /staff/cases
                post("/staff/cases/{id}/events", MONITORS),
                // named, because "/staff/reports/**" and "/staff/**/publish" are equally specific for this path
                post("/staff/reports/{period}/publish", EDITORS),
                // the audit log: monitors and up, like its API (GET /api/v1/audit)
                get("/staff/audit", MONITORS),
                // the triage queue: correspondents report, they do not sift the news
                any("/staff/triage", MONITORS), any("/staff/triage/**", MONITORS),
                // opening a case is the desk's, as editing it
                post("/staff/cases", MONITORS),
                // what is not yet translated: the desk's list of work, like the report pages
                get("/staff/translations", MONITORS),
                // reviewing the context events read from archived reports: monitors and up
                get("/staff/context-drafts", MONITORS), post("/staff/context-drafts/{id}/publish", MONITORS),
                // a record's comment thread: monitors and up, as the comment module says (Comments checks it again)
                post("/staff/incidents/{id}/comments", MONITORS),
                post("/staff/comments/{comment}/edit", MONITORS), post("/staff/comments/{comment}/delete", MONITORS),
                // staff accounts: administrators only (StaffAccounts and PasswordResets check it again)
                any("/staff/accounts", ADMINS), any("/staff/accounts/**", ADMINS),
                // picking an incident by its title: any staff form may ask (a correspondent sees only their own)
                get("/staff/incidents/suggest", STAFF));
    }
}
