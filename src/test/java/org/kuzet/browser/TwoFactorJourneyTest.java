package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.MovableClock;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two-factor sign-in in a real Chromium, on a clock the test moves: an editor, whose role requires it, signs in
 * and is led to set it up; reads the key off the page (as a person types it into an app), types the code an app
 * would show, keeps the recovery codes and lands in the workspace, where the dashboard tells of it. Signing in again
 * asks for the code (a wrong one is refused). The pages in Russian, and in Kazakh on a 390 px phone.
 */
class TwoFactorJourneyTest extends JourneySupport {

    @TestConfiguration
    static class StoppedClock {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.parse("2026-03-02T04:00:00Z"));
        }
    }

    @Autowired
    MovableClock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void requireOfEditors() {
        jdbc.sql("insert into two_factor_role (role, required, changed_by) values ('admin', true, 'journey'), "
                + "('editor', true, 'journey') on conflict (role) do update set required = true").update();
    }

    @AfterEach
    void requireOfNobody() {
        jdbc.sql("delete from two_factor_role").update();
    }

    @Test
    void anEditorIsLedToSetItUpThenSignsInWithTheCode() {
        String editor = "editor.dana." + run;
        staffMember(editor, "Дана Editor", Role.EDITOR);
        Page page = browser.page(base());
        signIn(page, editor);
        assertThat(page).hasURL(Pattern.compile(".*/staff/two-factor(\\?.*)?$"));
        assertThat(page.locator("img.qr")).isVisible();
        // the image arrives after the page: wait until the browser has it decoded
        page.waitForFunction("() => document.querySelector('img.qr').complete");
        assertThat((Number) page.locator("img.qr").evaluate("img => img.naturalWidth")).as("the QR code loaded")
                .matches(width -> width.intValue() > 100);
        Browser.accessible(page);
        Browser.screenshot(page, "two-factor-enrol");

        String secret = page.locator("#secret").textContent().replace(" ", "");
        page.locator("#code").fill(codeNow(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor sign-in")).click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        Browser.screenshot(page, "two-factor-recovery-codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept them: on to the workspace"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/staff(\\?.*)?$"));
        assertThat(page.locator("#security-notices")).containsText("Two-factor sign-in was turned on.");
        Browser.screenshot(page, "two-factor-dashboard-notice");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out (" + editor + ")")).click();
        clock.advance(Duration.ofSeconds(30));
        page.navigate("/login?lang=ru");
        signIn(page, editor);
        assertThat(page).hasURL(Pattern.compile(".*/login/code(\\?.*)?$"));
        assertThat(page.locator("h1")).hasText("Второй шаг входа");
        page.locator("#code").fill("000000");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#code-error")).containsText("Код не подошёл");
        Browser.screenshot(page, "two-factor-code-russian");
        page.locator("#code").fill(codeNow(secret));
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/staff(\\?.*)?$"));
    }

    @Test
    void theSetUpAndTheCodeFitAPhoneInKazakh() {
        String editor = "editor.phone." + run;
        staffMember(editor, "Phone Editor", Role.EDITOR);
        Page phone = browser.phone(base());
        phone.navigate("/login?lang=kk");
        signIn(phone, editor);
        assertThat(phone).hasURL(Pattern.compile(".*/staff/two-factor(\\?.*)?$"));
        assertThat(phone.locator("h1")).hasText("Екі факторлы кіру");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "two-factor-enrol-phone-kazakh");
        String secret = phone.locator("#secret").textContent().replace(" ", "");
        phone.locator("#code").fill(codeNow(secret));
        phone.locator("main form button[type=submit]").click();
        assertThat(phone.locator("#recovery-codes li")).hasCount(10);
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "two-factor-recovery-codes-phone-kazakh");
    }

    @Test
    void anExportWithConfidentialDataIsAskedForOnAPhoneApprovedByAnAdministratorAndDownloadedOnce() throws Exception {
        jdbc.sql("delete from two_factor_role").update();
        String monitor = "monitor.export." + run;
        String admin = "admin.export." + run;
        staffMember(monitor, "Export Monitor", Role.MONITOR);
        staffMember(admin, "Export Admin", Role.ADMIN);
        Page phone = browser.phone(base());
        phone.navigate("/login?lang=ru");
        signIn(phone, monitor);
        phone.navigate("/staff/exports?lang=ru");
        phone.locator("#reason").fill("Справка для адвокатов по делу в Уральске");
        phone.locator("main form button[type=submit]").click();
        assertThat(phone.locator("#done")).containsText("Запрос отправлен");
        assertThat(phone.locator("#exports li").first()).containsText("ждёт одобрения");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "export-requested-phone-russian");

        Page desk = browser.phone(base());
        desk.navigate("/login?lang=kk");
        signIn(desk, admin);
        desk.navigate("/staff/admin/exports?lang=kk");
        desk.locator("#approvals li").first().getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Мақұлдау")).click();
        assertThat(desk.locator("#done")).containsText("Мақұлданды");
        Browser.fitsTheScreen(desk);
        Browser.screenshot(desk, "export-approved-phone-kazakh");
        desk.navigate("/staff/admin/two-factor?lang=kk");
        assertThat(desk.locator("h1")).hasText("Рөлдер үшін екі факторлы кіру");
        Browser.fitsTheScreen(desk);
        Browser.screenshot(desk, "two-factor-roles-phone-kazakh");

        Page browserPage = browser.page(base());
        browserPage.navigate("/login");
        signIn(browserPage, monitor);
        browserPage.navigate("/staff/exports");
        com.microsoft.playwright.Download file = browserPage.waitForDownload(() -> browserPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download (once)")).click());
        assertThat(java.nio.file.Files.readString(file.path())).contains("\"format\"");
        browserPage.navigate("/staff/exports");
        assertThat(browserPage.locator("#exports li").first()).containsText("downloaded");
        assertThat(browserPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download (once)")))
                .hasCount(0);
    }

    /** The password step of the form (in whatever language the page is). */
    private static void signIn(Page page, String username) {
        if (!page.url().contains("/login")) {
            page.navigate("/login");
        }
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("main form button[type=submit]").click();
    }

    /** The code an authenticator app holding this key shows at the application's time. */
    private String codeNow(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
