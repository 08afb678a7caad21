package org.kuzet.api;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** The names of the OpenAPI description's security schemes and its error body, for the modules that describe routes. */
public final class ApiSchemes {

    /** API tokens ({@code Authorization: Bearer ...}). */
    public static final String BEARER = "bearer";
    /** A staff account's name and password on every call (HTTP Basic), for scripts without a token. */
    public static final String BASIC = "basic";
    /** A signed-in browser: the staff pages' session cookie. */
    public static final String SESSION = "session";
    /** The problem+json body (RFC 9457) of every error. */
    public static final String PROBLEM = "Problem";

    private ApiSchemes() {
    }

    /** A response with a problem+json body. */
    public static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
