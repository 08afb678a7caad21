package org.kuzet.security;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.kuzet.api.ApiSchemes;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Says in the OpenAPI description who may call each operation, from the same route rules that decide it: a public
 * route may be called without signing in (or signed in, to see more); any other needs a bearer token or HTTP Basic
 * (the JSON API) or the session cookie (the site's pages and downloads), and refuses the unsigned with 401 and the wrong role with
 * 403.
 */
@Component
class ApiSecurityDescription implements OpenApiCustomizer {

    private final RouteRules rules;

    ApiSecurityDescription(RouteRules rules) {
        this.rules = rules;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Access access = rules.ruleFor(HttpMethod.valueOf(method.name()), concrete(path))
                    .map(RouteRule::access).orElse(Access.ADMINS);
            List<SecurityRequirement> signed = path.startsWith("/api/")
                    ? List.of(new SecurityRequirement().addList(ApiSchemes.BEARER),
                            new SecurityRequirement().addList(ApiSchemes.BASIC))
                    : List.of(new SecurityRequirement().addList(ApiSchemes.SESSION));
            if (access.everyone()) {
                // anonymous callers see published records; a signed-in one sees what their role may
                List<SecurityRequirement> any = new java.util.ArrayList<>(List.of(new SecurityRequirement()));
                any.addAll(signed);
                operation.setSecurity(any);
            } else {
                operation.setSecurity(signed);
                operation.getResponses().addApiResponse("401", ApiSchemes.problem("Not signed in, or an unknown token"));
                operation.getResponses().addApiResponse("403", ApiSchemes.problem("Signed in, but with a role that "
                        + "may not use this operation (here: " + access + ")"));
            }
        }));
    }

    /** A path template with each variable filled, as a request would name it, for the rules to match. */
    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "1");
    }

}
