package org.kuzet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description passes the Redocly CLI's recommended ruleset with no error and no warning: every operation
 * has a summary, its security, its error responses, and examples that match its schemas. Runs the pinned CLI through
 * npx (Node.js and the npm registry are needed, as in CI).
 */
@SpringBootTest
class OpenApiLintTest {

    static final String REDOCLY = "@redocly/cli@2.77.0";

    @Autowired
    WebApplicationContext context;

    @Test
    void theDescriptionPassesTheRecommendedRules() throws Exception {
        Path description = Path.of("target", "openapi", "kuzet-api.json");
        Files.createDirectories(description.getParent());
        Files.writeString(description, OpenApiResponseCheck.description(context), StandardCharsets.UTF_8);

        JsonNode result = JsonMapper.builder().build().readTree(lint(description));
        JsonNode totals = result.path("totals");
        assertThat(totals.path("errors").asInt(-1) + totals.path("warnings").asInt(-1))
                .as("Redocly problems:\n%s", result.path("problems").toPrettyString())
                .isZero();
    }

    private static String lint(Path description) throws IOException, InterruptedException {
        Path out = Files.createTempFile("redocly", ".json");
        Process process = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", description.toString(),
                "--extends=recommended", "--format=json", "--max-problems=500")
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the Redocly CLI finished").isTrue();
        String json = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        // the JSON report follows whatever the CLI prints before it (Node's deprecation banner)
        return json.substring(json.indexOf('{'));
    }
}
