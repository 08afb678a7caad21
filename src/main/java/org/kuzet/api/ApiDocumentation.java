package org.kuzet.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document springdoc serves at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI kuzetOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Kuzet API")
                .version("1")
                .description("Incidents of pressure on journalists and media, legal cases, official replies and "
                        + "context events. Reading is public and shows published records only; writing needs a "
                        + "staff account (HTTP Basic). Errors are application/problem+json (RFC 9457)."));
    }
}
