package org.kuzet.security;

import static org.kuzet.security.Access.ADMINS;
import static org.kuzet.security.Access.EDITORS;
import static org.kuzet.security.Access.MONITORS;
import static org.kuzet.security.Access.PUBLIC;
import static org.kuzet.security.Access.STAFF;
import static org.kuzet.security.RouteRule.any;
import static org.kuzet.security.RouteRule.get;
import static org.kuzet.security.RouteRule.post;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The broad rules every feature's routes fall under. Reading the public API and the portal needs no account;
 * writing through the API needs a staff account; publishing needs an editor; the staff workspace needs a login
 * and its admin part an admin. Correspondents keep the workspace's start page and their own incidents; the parts
 * that show everybody's material (reports, archive, triage, cases, actors) are for monitors and up. Features add
 * narrower rules with their own {@link RouteRuleSource}.
 */
@Component
class KuzetRouteRules implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                // the public portal's shell, static assets, sign-in, errors, the first-admin setup link
                get("/", PUBLIC),
                get("/favicon.ico", PUBLIC),
                get("/robots.txt", PUBLIC),
                get("/webjars/**", PUBLIC),
                get("/assets/**", PUBLIC),
                any("/login", PUBLIC),
                any("/logout", PUBLIC),
                any("/error", PUBLIC),
                any("/setup", PUBLIC),
                // a one-time link to set a password: its holder is not signed in (PasswordResets)
                any("/password-reset", PUBLIC),
                // the API: reading is public (controllers show published records only), writing is staff
                get("/api/v1/**", PUBLIC),
                any("/api/**", STAFF),
                any("/api/v1/**/publish", EDITORS),
                any("/api/v1/**/unpublish", EDITORS),
                get("/api/v1/audit", MONITORS),
                get("/api/v1/audit/**", MONITORS),
                any("/api/v1/admin/**", ADMINS),
                // evidence files may be confidential: any staff account may upload, monitors and up may read
                get("/api/v1/files/**", MONITORS),
                // API documentation
                get("/v3/**", PUBLIC),
                get("/api-docs", PUBLIC),
                get("/api-docs/**", PUBLIC),
                get("/swagger-ui/**", PUBLIC),
                get("/swagger-ui.html", PUBLIC),
                // operations
                get("/actuator/health", PUBLIC),
                get("/actuator/health/**", PUBLIC),
                any("/actuator/**", ADMINS),
                // the staff workspace
                any("/staff", STAFF),
                any("/staff/**", STAFF),
                any("/staff/**/publish", EDITORS),
                any("/staff/**/unpublish", EDITORS),
                any("/staff/reports/**", MONITORS),
                any("/staff/archive/**", MONITORS),
                any("/staff/triage/**", MONITORS),
                any("/staff/cases/**", MONITORS),
                any("/staff/actors/**", MONITORS),
                // the form's suggestions name actors, which are public records: every form's author needs them
                get("/staff/actors/suggest", STAFF),
                any("/staff/admin", ADMINS),
                any("/staff/admin/**", ADMINS),
                // inquiries (requests to state bodies): published ones are public; monitors keep them, editors
                // publish them and ask a body for its reply before publishing; the dashboard's list of what falls
                // due is asked by every staff page and is empty for correspondents
                get("/inquiries", PUBLIC),
                get("/inquiries/**", PUBLIC),
                get("/api/v1/inquiries", PUBLIC),
                get("/api/v1/inquiries/**", PUBLIC),
                any("/api/v1/inquiries", MONITORS),
                any("/api/v1/inquiries/**", MONITORS),
                post("/api/v1/inquiries/*/publish", EDITORS),
                any("/staff/inquiries", MONITORS),
                any("/staff/inquiries/**", MONITORS),
                any("/staff/inquiries/*/publish", EDITORS),
                any("/staff/inquiries/right-of-reply", EDITORS),
                get("/staff/inquiries/due", STAFF));
    }
}
