package org.kuzet.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks one response against the application's own OpenAPI description ({@code /v3/api-docs}, read once per
 * application context): its status must be declared for the operation and its JSON body must match the declared
 * schema. Only the JSON API ({@code /api/v1/...}) and the charts' figures are checked; pages are HTML.
 */
public final class OpenApiResponseCheck {

    /** JSON the site serves outside the API whose shape the description gives too (the charts' figures). */
    private static final java.util.Set<String> CHECKED_DOWNLOADS = java.util.Set.of("/charts/data.json");

    private final WebApplicationContext context;
    private volatile OpenApiInteractionValidator validator;
    private volatile java.util.List<java.util.regex.Pattern> documented;

    public OpenApiResponseCheck(WebApplicationContext context) {
        this.context = context;
    }

    public void verify(MvcResult result) throws Exception {
        MockHttpServletRequest request = result.getRequest();
        MockHttpServletResponse response = result.getResponse();
        String path = request.getRequestURI();
        if (!(path.startsWith("/api/v1/") || CHECKED_DOWNLOADS.contains(path)) || !documented(path)) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.getStatus());
        String type = response.getContentType();
        if (type != null) {
            answer.withContentType(type);
            if (type.contains("json") || type.startsWith("text/")) {
                answer.withBody(response.getContentAsString(StandardCharsets.UTF_8));
            } else if (response.getContentLength() > 0 || response.getContentAsByteArray().length > 0) {
                answer.withBody("(binary)"); // a file: its presence is checked, not its bytes
            }
        }
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(request.getMethod()),
                answer.build());
        if (report.hasErrors()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + path + " ("
                    + response.getStatus() + ") does not match the OpenAPI description:\n"
                    + report.getMessages().stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n")) + "\nbody: "
                    + abbreviated(response.getContentAsString(StandardCharsets.UTF_8)));
        }
    }

    private OpenApiInteractionValidator validator() throws Exception {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    String description = description(context);
                    if (!description.startsWith("{")) {
                        throw new AssertionError("No OpenAPI description: " + abbreviated(description));
                    }
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(description)
                            .withLevelResolver(LevelResolver.create()
                                    // a path the description does not know is a route the test made up on purpose
                                    .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    /** Whether a path of the description matches, segment by segment (a route a test makes up is not checked). */
    private boolean documented(String path) throws Exception {
        if (documented == null) {
            java.util.List<java.util.regex.Pattern> templates = new java.util.ArrayList<>();
            tools.jackson.databind.json.JsonMapper.builder().build().readTree(description(context)).path("paths")
                    .propertyNames().forEach(t -> templates.add(java.util.regex.Pattern.compile(
                            java.util.regex.Pattern.quote(t).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"))));
            documented = templates;
        }
        return documented.stream().anyMatch(t -> t.matcher(path).matches());
    }

    /** The description the application serves, fetched through a MockMvc of its own (not passed through this check). */
    public static String description(WebApplicationContext context) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context).build().perform(get("/v3/api-docs")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
