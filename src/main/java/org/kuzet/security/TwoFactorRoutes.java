package org.kuzet.security;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The routes of two-factor sign-in. The code's page is open (the person is not signed in until the code is right;
 * the page itself knows whose code it waits for); setting up one's own second factor is under the staff rule,
 * requiring it of roles and resetting another's under the administrators' ({@link KuzetRouteRules}).
 */
@Component
class TwoFactorRoutes implements RouteRuleSource {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.any(TwoFactorSignIn.CODE_PAGE, Access.PUBLIC));
    }
}
