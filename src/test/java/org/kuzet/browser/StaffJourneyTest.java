package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.kuzet.spelling.Spelling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A monitor records an incident (and fixes what the form refused), an editor publishes it, and the public finds
 * it by a name written in the other script: the whole path of an incident, in a real Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one fixture: a second Orda.kz would make the victim's name ambiguous
class StaffJourneyTest {

    private static final String PASSWORD = "correct horse battery staple";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeAll
    void fixture() {
        for (String[] user : new String[][] {{"monitor.aigul", "MONITOR"}, {"editor.dana", "EDITOR"}}) {
            if (!accounts.exists(user[0])) {
                accounts.create(user[0], user[0], PASSWORD, Role.valueOf(user[1]));
            }
        }
        long orda = jdbc.sql("insert into actor (kind, actor_type, name) values ('organisation', 'media_outlet', "
                + "'Orda.kz') returning id").query(Long.class).single();
        for (String alias : List.of("Orda.kz", "Орда")) {
            jdbc.sql("insert into actor_alias values (?, ?, ?)").params(orda, alias, Spelling.key(alias)).update();
        }
    }

    @Test
    void anIncidentGoesFromTheFormThroughReviewToThePublicPortal() {
        Page monitor = browser.page(base());
        logIn(monitor, "monitor.aigul");
        monitor.navigate("/staff/incidents/new");
        monitor.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Threats against the editors of Orda.kz");
        monitor.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2099-01-15");
        monitor.getByLabel("Place").selectOption("kz-almaty");
        monitor.getByLabel("Counted under (primary category)").selectOption("threats");
        monitor.locator("#victim-name-0").fill("Orda.kz");
        monitor.locator("#victim-kind-0").selectOption("media_outlet");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(monitor.locator("#date-error")).containsText("future");
        Browser.screenshot(monitor, "staff-form-validation-error");

        monitor.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2025-10");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(monitor.locator("#state")).hasText("Draft");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(monitor.locator("#state")).hasText("In review");
        String incidentUrl = monitor.url();

        Page editor = browser.page(base());
        logIn(editor, "editor.dana");
        editor.navigate("/staff");
        assertThat(editor.locator("#review-queue")).containsText("Threats against the editors of Orda.kz");
        editor.navigate(incidentUrl);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(editor.locator("#state")).hasText("Published");
        Browser.screenshot(editor, "staff-incident-published");

        // a source is archived from the incident's page, with the keyboard alone
        editor.getByText("Add a source").focus();
        editor.keyboard().press("Enter");
        editor.locator("#source-url").fill("https://orda.kz/threats-editors");
        editor.locator("#source-title").fill("Orda.kz: the editors were threatened");
        editor.getByLabel("Text as published (kept in the archive)").fill("Editors of Orda.kz received threats.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Archive and add")).press("Enter");
        assertThat(editor.locator("#sources")).containsText("Orda.kz: the editors were threatened");
        assertThat(editor.locator("#sources")).containsText("SHA-256");
        Browser.screenshot(editor, "staff-incident-source-archived");

        Page visitor = browser.page(base());
        visitor.navigate("/incidents?q=Орда");
        assertThat(visitor.locator("ol.incidents")).containsText("Threats against the editors of Orda.kz");
    }

    @Test
    void theMonthsReportIsDownloadedAsAPdfThatReadsBackInKazakh() throws Exception {
        Page editor = browser.page(base());
        logIn(editor, "editor.dana");
        editor.navigate("/staff/reports?period=2024-03");
        Browser.screenshot(editor, "staff-report-page");
        com.microsoft.playwright.Download pdf = editor.waitForDownload(
                () -> editor.locator("#download-pdf-kk").click(new com.microsoft.playwright.Locator.ClickOptions()
                        .setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.ALT))));
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf.path());
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.path().toString(), "-").start();
        String content = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text.waitFor()).isZero();
        org.assertj.core.api.Assertions.assertThat(content).contains("2024").containsPattern("[әғқңөұүһі]");

        // the preview sits in the site's layout, in the page's language
        editor.navigate("/staff/reports/2024-03?lang=kk");
        assertThat(editor.locator("ul.langs")).isVisible();
        assertThat(editor.locator("article.report h1")).containsText("2024");
        Browser.screenshot(editor, "staff-report-preview-kazakh");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Page page = browser.page(base());
        page.navigate("/login");
        page.getByLabel("Username").fill("monitor.aigul");
        page.getByLabel("Password").fill("not the password at all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong username or password");
    }

    private void logIn(Page page, String username) {
        Browser.logIn(page, username, PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
