package org.kuzet.api;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.WebApplicationContext;

/**
 * Passes every response an API test's MockMvc receives through {@link OpenApiResponseCheck}: whatever a test asks
 * of the API, what it gets back must be what the OpenAPI description says, so the description cannot drift from
 * the code. Registered for every {@code @AutoConfigureMockMvc} test (see the AutoConfigureMockMvc.imports file).
 */
@AutoConfiguration
public class DescribedResponses {

    @Bean
    MockMvcBuilderCustomizer describedResponses(WebApplicationContext context) {
        OpenApiResponseCheck check = new OpenApiResponseCheck(context);
        return builder -> builder.alwaysDo(check::verify);
    }
}
