package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

/**
 * A monitor records an incident in a real Chromium: a first try with four mistakes is answered whole (every field
 * named, the photo attached on that try kept), the second is saved with the photo; a draft typed when the session
 * ends is offered again after logging in. Its own incidents (unique titles), also in Russian at a phone's width.
 */
class IncidentFormJourneyTest extends JourneySupport {

    private static final String MONITOR = "monitor.form-journey";

    private void account() {
        staffMember(MONITOR, "Form journey monitor", Role.MONITOR);
    }

    @Test
    void everyMistakeIsNamedAtOnceAndThePhotoIsKeptUntilTheIncidentIsSaved() {
        account();
        String title = "Accreditation refused to sixteen journalists in Astana " + UUID.randomUUID().toString().substring(0, 8);
        Page monitor = browser.page(base());
        Browser.logIn(monitor, MONITOR, PASSWORD);
        monitor.navigate("/staff/incidents/new");
        monitor.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2024-02-30");
        monitor.getByLabel("People affected").fill("sixteen");
        monitor.locator("#files").setInputFiles(new FilePayload("refusal-letter.png", "image/png", PIXEL));
        saveIncidentForm(monitor);
        assertThat(monitor.locator("#title-error")).hasText("Please fill this in.");
        assertThat(monitor.locator("#date-error")).containsText("2024-02-30");
        assertThat(monitor.locator("#primaryCategory-error")).isVisible();
        assertThat(monitor.locator("#peopleAffected-error")).containsText("sixteen");
        assertThat(monitor.locator("#title")).hasAttribute("aria-invalid", "true");
        assertThat(monitor.locator("#evidence")).containsText("refusal-letter.png");
        Browser.screenshot(monitor, "incident-form-every-error");

        monitor.locator("#title").fill(title);
        monitor.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2024-03");
        monitor.getByLabel("People affected").fill("16");
        monitor.getByLabel("Counted under (primary category)").selectOption("accreditation_denial");
        monitor.getByText("Also filed under").click();
        monitor.getByLabel("Threats").check();
        monitor.locator("#perp-name-0").fill("Ministry of Information");
        monitor.locator("#perp-type-0").selectOption("state_body");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a responsible party")).click();
        assertThat(monitor.locator("#perp-name-1")).isVisible();
        assertThat(monitor.locator("#perp-name-0")).hasValue("Ministry of Information");
        saveIncidentForm(monitor);
        assertThat(monitor.locator("h1")).hasText(title);
        assertThat(monitor.locator("#evidence")).containsText("refusal-letter.png");
        Browser.screenshot(monitor, "incident-saved-with-evidence");

        Page phone = browser.phone(base());
        Browser.logIn(phone, MONITOR, PASSWORD);
        phone.navigate("/staff/incidents/new?lang=ru");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить").setExact(true)).last().click();
        assertThat(phone.locator("#title-error")).hasText("Заполните это поле.");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "incident-form-russian-phone");
    }

    @Test
    void aDraftTypedWhenTheSessionEndsIsOfferedAgainAfterLoggingIn() {
        account();
        Page monitor = browser.page(base());
        Browser.logIn(monitor, MONITOR, PASSWORD);
        monitor.navigate("/staff/incidents/new");
        monitor.locator("#title").fill("Blogger from Shymkent summoned to the police");
        monitor.locator("#summary").fill("Summoned over a post about the city budget.");
        monitor.context().clearCookies(); // the session ends while the monitor is typing
        saveIncidentForm(monitor); // refused: no session, no form token; nothing is stored

        Browser.logIn(monitor, MONITOR, PASSWORD);
        monitor.navigate("/staff/incidents/new");
        assertThat(monitor.locator("#title")).hasValue("Blogger from Shymkent summoned to the police");
        assertThat(monitor.locator("#draft-restored")).isVisible();
        Browser.screenshot(monitor, "incident-form-draft-restored");
    }

}
