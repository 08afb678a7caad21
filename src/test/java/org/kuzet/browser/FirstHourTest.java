package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.KuzetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer follows README's first commands: Kuzet starts on an empty data directory, the first page leads to the
 * setup, the console's one "Kuzet setup:" line gives the link, the administrator is made with the demonstration data,
 * and the workspace they land in is populated and theirs.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstHourTest {

    @Test
    void readmesFirstCommandsLeadToAPopulatedLoggedInWorkspace(@TempDir Path data, CapturedOutput console)
            throws IOException {
        String firstBlock = readmeFirstBlock();
        assertThat(firstBlock).contains("./mvnw spring-boot:run", "Kuzet setup:", "Load the demonstration data",
                "./mvnw verify");

        try (ConfigurableApplicationContext kuzet = new SpringApplicationBuilder(KuzetApplication.class)
                .run("--server.port=0", "--kuzet.db.ephemeral=false", "--kuzet.db.data-dir=" + data);
             Browser browser = new Browser()) {
            int port = ((WebServerApplicationContext) kuzet).getWebServer().getPort();
            Page page = browser.page("http://localhost:" + port);

            page.navigate("/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create the first administrator")).click();
            assertThat(page.locator("pre.console")).containsText("Kuzet setup: open http://localhost:" + port + "/setup");
            Browser.screenshot(page, "first-hour-setup-waiting");

            String link = JourneySupport.setupLink(console.getOut());
            page.navigate(link);
            page.getByLabel("Username").fill("aigerim");
            page.getByLabel("Password (at least 12 characters)").fill("short");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and sign in")).click();
            assertThat(page.locator("#password-error")).containsText("at least 12 characters");
            assertThat(page.getByLabel("Load the demonstration data")).isChecked();

            page.getByLabel("Password (at least 12 characters)").fill("correct horse battery staple");
            page.getByLabel("Password again").fill("correct horse battery staple");
            Browser.screenshot(page, "first-hour-setup");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and sign in")).click();

            assertThat(page).hasURL("http://localhost:" + port + "/staff");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out (aigerim)")))
                    .isVisible();
            assertThat(page.locator(".setup-notice")).hasCount(0);
            page.navigate("/staff/incidents");
            assertThat(page.locator("ol.incidents li").first()).isVisible();
            assertThat(page.getByText("Judge removed a TobolInfo journalist from an open hearing").first()).isVisible();
            Browser.screenshot(page, "first-hour-workspace");

            page.navigate(link);
            assertThat(page.locator("h1")).hasText("Kuzet is set up");
        }
    }

    /** The README's first fenced block: the commands a newcomer types first. */
    private static String readmeFirstBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```bash");
        return readme.substring(start, readme.indexOf("```", start + 7));
    }
}
