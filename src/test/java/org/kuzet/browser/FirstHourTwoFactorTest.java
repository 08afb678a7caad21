package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The first hour as it is in production, where administrators must sign in with a second factor: the setup link
 * makes the administrator and loads the demonstration data as before, then one page sets up the second factor (the
 * QR code or the key as text, one code), the recovery codes are shown once, and the workspace opens, populated.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstHourTwoFactorTest {

    private static final Pattern SETUP_LINE = Pattern.compile("(?m)^Kuzet setup: open (http://\\S+/setup\\?token=\\S+) ");

    @Test
    void theFirstAdministratorSetsUpTheSecondFactorRightAfterSetupAndLandsInTheWorkspace(@TempDir Path data,
            CapturedOutput console) throws Exception {
        try (ConfigurableApplicationContext kuzet = new SpringApplicationBuilder(KuzetApplication.class)
                .run("--server.port=0", "--kuzet.db.ephemeral=false", "--kuzet.db.data-dir=" + data,
                        "--kuzet.two-factor.required-roles=admin,editor");
             Browser browser = new Browser()) {
            int port = ((WebServerApplicationContext) kuzet).getWebServer().getPort();
            Page page = browser.page("http://localhost:" + port);
            Matcher line = SETUP_LINE.matcher(console.getOut());
            assertThat(line.find()).isTrue();
            page.navigate(line.group(1));
            page.getByLabel("Username").fill("aigerim");
            page.getByLabel("Password (at least 12 characters)").fill("correct horse battery staple");
            page.getByLabel("Password again").fill("correct horse battery staple");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and sign in")).click();

            assertThat(page).hasURL("http://localhost:" + port + "/staff/two-factor");
            assertThat(page.locator("main .lead")).containsText("Your role signs in with a second factor");
            Browser.screenshot(page, "first-hour-two-factor");
            String secret = page.locator("#secret").textContent().replace(" ", "");
            page.locator("#code").fill(new DefaultCodeGenerator().generate(secret,
                    Instant.now().getEpochSecond() / 30));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor sign-in")).click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept them: on to the workspace"))
                    .click();
            assertThat(page).hasURL("http://localhost:" + port + "/staff");
            page.navigate("/staff/incidents");
            assertThat(page.getByText("Judge removed a TobolInfo journalist from an open hearing").first()).isVisible();
        }
    }
}
