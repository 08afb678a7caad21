package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What a journey in the browser needs around it: the application on a port of its own, one Chromium for the class,
 * and staff accounts made once under names of the journey's own; and the steps that more than one journey takes,
 * written once. The steps find fields by their ids, so they work in any of the three languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class JourneySupport {

    static final String PASSWORD = "correct horse battery staple";

    /** The smallest PNG there is: one transparent pixel, an evidence file. */
    static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** The console's one line with the setup link, as a server without an administrator prints it at start. */
    private static final Pattern SETUP_LINE = Pattern.compile("(?m)^Kuzet setup: open (http://\\S+/setup\\?token=\\S+) ");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The account, made with {@link #PASSWORD} unless an earlier run of the class made it already. */
    void staffMember(String username, String displayName, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(username, displayName, PASSWORD, role);
        }
    }

    /** The setup link the console printed, which its reader opens. */
    static String setupLink(String console) {
        Matcher line = SETUP_LINE.matcher(console);
        org.assertj.core.api.Assertions.assertThat(line.find()).as("one console line beginning 'Kuzet setup:'")
                .isTrue();
        return line.group(1);
    }

    /** On the accounts page, an administrator makes an account; returns the one-time link to pass on. */
    static String newAccount(Page admin, String username, String displayName, String role) {
        admin.locator("#username").fill(username);
        admin.locator("#display_name").fill(displayName);
        admin.locator("#role").selectOption(role);
        admin.locator("#new-account button[type=submit]").click();
        assertThat(admin.locator("#link")).isVisible();
        return admin.locator("#link").inputValue();
    }

    /** On the page of a one-time password link: types the password twice and sends it. */
    static void choosePassword(Page page, String password) {
        page.locator("#password").fill(password);
        page.locator("#password_again").fill(password);
        page.locator("form[action*='password-reset'] button[type=submit]").click();
    }

    /** Sends the incident form with its own Save button (not the hidden one that catches Enter). */
    static void saveIncidentForm(Page page) {
        page.locator("form[data-draft] > button[type=submit]:not(.visually-hidden)").click();
    }

    /** On a case's page: adds an event to its timeline ({@code favour}: yes, no or unknown). */
    static void addCaseEvent(Page page, String kind, String date, String favour, String note) {
        if (!page.locator("#event-kind").isVisible()) { // the form stays open after a refused event
            page.locator("details:has(#event-kind) > summary").click();
        }
        page.locator("#event-kind").selectOption(kind);
        page.locator("#event-date").fill(date);
        page.locator("#event-favour").selectOption(favour);
        page.locator("#event-note").fill(note);
        page.locator("form[action*='/events'] button[type=submit]").click();
    }

    /** On the notifications page: the address digests and news go to. */
    static void saveMailAddress(Page page, String email) {
        page.navigate("/staff/notifications");
        page.locator("#email").fill(email);
        page.locator("form:has(#email) button[type=submit]").click();
        assertThat(page.locator("#done")).isVisible();
    }

    /** On the staff list: saves its present filter under a name, with a digest (daily, weekly or none). */
    static void saveFilter(Page page, String name, String digest) {
        page.locator("details.save-filter > summary").click();
        page.locator("#filter-name").fill(name);
        page.locator("#filter-digest").selectOption(digest);
        page.locator("details.save-filter button[type=submit]").click();
        assertThat(page.locator("#saved-filters")).containsText(name);
    }

    /** On the staff list, with incidents ticked: applies an action and waits till the background job is done. */
    static void applyBulk(Page page, String action) {
        page.locator("#bulk-action").selectOption(action);
        page.locator("#bulk .actions button[type=submit]:not([formaction])").click();
        assertThat(page).hasURL(Pattern.compile(".*/staff/incidents/bulk/[0-9a-f-]+.*"));
        // a finished job's progress asks htmx for no more updates
        assertThat(page.locator("#bulk-progress:not([hx-get])")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    /** A real SMTP server in the test's JVM, on a free port, for the whole class. */
    static GreenMailExtension mailServer() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    }

    /** Kuzet's mail goes to that server; the mails' links name a base address of their own. */
    static void sendMailTo(GreenMailExtension mail, DynamicPropertyRegistry registry) {
        registry.add("kuzet.smtp.host", () -> "localhost");
        registry.add("kuzet.smtp.port", () -> mail.getSmtp().getPort());
        registry.add("kuzet.notification.base-url", () -> "http://kuzet.test");
    }
}
