package org.kuzet.api;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document springdoc serves at {@code /v3/api-docs}: its title, the two ways to sign (a bearer token for
 * scripts, the session cookie of the staff pages), the problem+json body every error has, and the error responses
 * each operation can answer with. Which operation needs which scheme is the route rules' to say (the security
 * module fills it in); the property names follow the snake_case the JSON really has.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BEARER = ApiSchemes.BEARER;
    private static final String SESSION = ApiSchemes.SESSION;
    private static final String PROBLEM = ApiSchemes.PROBLEM;

    @Bean
    OpenAPI kuzetOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Kuzet API")
                        .version("1")
                        // the project has not chosen a licence yet: the description says so rather than invent one
                        .license(new License().name("Not yet chosen: ask the maintainers before re-use")
                                .url("https://choosealicense.com/no-permission/"))
                        .description("Incidents of pressure on journalists and media, legal cases, official replies "
                                + "and context events. Reading is "
                                + "public and shows published records only; writing needs a staff account: its API "
                                + "token (Authorization: Bearer) or HTTP Basic; the API keeps no session. "
                                + "Errors are application/problem+json (RFC 9457). "
                                + "Dates keep their precision: a year (2025), a month (2025-10) or a day "
                                + "(2025-10-14), read in Almaty time."))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An API token a staff account creates "
                                        + "(kuzet token-create); sent as Authorization: Bearer <token>."))
                        .addSecuritySchemes(ApiSchemes.BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A staff account's name and password on every call "
                                        + "(one password check per call: a token is cheaper)."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a person signed in to the staff pages.")));
    }

    /** Reads record components under the names Jackson writes them with (snake_case), so schema and JSON agree. */
    @Bean
    ModelConverter snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenApiCustomizer errorResponses() {
        return openApi -> {
            // added here, not to the bean above: springdoc replaces the components' schemas with the ones it finds
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getComponents().getSchemas().containsKey("JsonNode")) {
                // a record's content as it was stored (the audit trail, a revision's snapshot): any JSON object
                openApi.getComponents().addSchemas("JsonNode", new ObjectSchema()
                        .description("A record's content as stored, in the dataset format").additionalProperties(true));
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> ErrorResponses.declare(path, method, operation)));
        };
    }

    /** The RFC 9457 body: what went wrong, and for bad input each field with what is wrong with it. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema().description("One thing wrong with the input")
                .addProperty("field", new StringSchema().description("The field, as a JSON path (victims[0].gender)"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message"));
        return new ObjectSchema().description("An error (RFC 9457 problem details)")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldProblem))
                .addProperty("current_version", new IntegerSchema().format("int64")
                        .description("On 412 and 428: the version stored now"))
                .required(List.of("title", "status"));
    }

    /** The error responses an operation can answer with, each a problem+json body. */
    static final class ErrorResponses {

        private static final Map<String, String> MEANING = Map.ofEntries(
                Map.entry("400", "Malformed request: a parameter or the body cannot be read"),
                Map.entry("401", "No or an unknown token"),
                Map.entry("406", "The Accept header asks for a type this operation does not answer with"),
                Map.entry("413", "The body is larger than this operation takes"),
                Map.entry("415", "The body is not of a media type this operation reads"),
                Map.entry("403", "The caller's role may not use this operation"),
                Map.entry("404", "No such record, or one the caller may not see"),
                Map.entry("409", "The change clashes with data stored meanwhile"),
                Map.entry("412", "The version named in If-Match is no longer the stored one"),
                Map.entry("422", "Invalid input: each field named with what is wrong"),
                Map.entry("428", "The change names no version (If-Match)"),
                Map.entry("429", "Too many requests from this client; retry later"));

        private ErrorResponses() {
        }

        static void declare(String path, PathItem.HttpMethod method, Operation operation) {
            ApiResponses responses = operation.getResponses();
            boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (hasInput) {
                add(responses, "400");
                add(responses, "422");
            }
            if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST) {
                add(responses, "413");
                add(responses, "415");
            }
            // any request may carry a token that is not (or no longer) live, or ask for a type not served
            add(responses, "401");
            // a public route may still hold parts for some roles only (a live report, a difference)
            add(responses, "403");
            add(responses, "406");
            if (path.contains("{")) {
                add(responses, "404");
            }
            if (writes) {
                add(responses, "409");
            }
            if (method == PathItem.HttpMethod.PUT || path.matches(".*/\\{id}/[a-z]+")) {
                add(responses, "412");
                add(responses, "428");
            }
            add(responses, "429");
        }

        /** Adds the response unless the operation already declares its own. */
        static void add(ApiResponses responses, String code) {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, ApiSchemes.problem(MEANING.get(code)));
            }
        }
    }
}
