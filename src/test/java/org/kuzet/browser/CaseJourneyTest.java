package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.core.Today;
import org.kuzet.security.Role;

/**
 * A monitor opens a legal case from the workspace (a bad date and amount first), sets a hearing ahead and finds it
 * under "Hearings coming up"; a judgment ahead is refused in words about case events. In a real Chromium, with a
 * case of its own (its title is unique per run), also in Russian and at a phone's width.
 */
class CaseJourneyTest extends JourneySupport {

    private static final String MONITOR = "monitor.case-journey";

    @Test
    void aCaseIsOpenedWithAHearingAheadThatTheDashboardShows() {
        staffMember(MONITOR, "Case journey monitor", Role.MONITOR);
        String title = "Akimat of Oral v. Uralskaya Nedelya " + UUID.randomUUID().toString().substring(0, 8);
        Page monitor = browser.page(base());
        Browser.logIn(monitor, MONITOR, PASSWORD);
        monitor.navigate("/staff/cases");
        monitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New legal case")).click();
        monitor.getByLabel("Title (who against whom, about what)").fill(title);
        monitor.getByLabel("Legal basis").selectOption(new SelectOption()
                .setLabel("Civil Code art. 143 (protection of honour, dignity and business reputation)"));
        monitor.getByLabel("Court").fill("Oral city court no. 2");
        monitor.getByLabel("Opened (filed) on").fill("2025-02-30");
        monitor.getByLabel("Claimed (tenge)").fill("five million");
        monitor.locator("#party-name-0").fill("Akimat of Oral");
        monitor.locator("#party-name-1").fill("Uralskaya Nedelya");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(monitor.locator("#openedOn-error")).containsText("2025-02-30 is not a day that exists");
        assertThat(monitor.locator("#claimed-error")).containsText("Write a whole number");
        assertThat(monitor.locator("#openedOn")).hasAttribute("aria-invalid", "true");
        Browser.screenshot(monitor, "case-form-errors");

        monitor.getByLabel("Opened (filed) on").fill("2025-02");
        monitor.getByLabel("Claimed (tenge)").fill("5 000 000");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a party")).click();
        monitor.locator("#party-name-2").fill("Prosecutor of West Kazakhstan region");
        monitor.locator("#party-role-2").selectOption("third_party");
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(monitor.locator("h1")).hasText(title);
        assertThat(monitor.locator("table").first()).containsText("5 000 000 ₸");

        String ahead = LocalDate.now(Today.CLOCK).plusDays(15).toString();
        addCaseEvent(monitor, "judgment", ahead, "yes", "");
        assertThat(monitor.locator("#event-date-error"))
                .containsText("only a hearing or a deadline can be set ahead; this case event");
        addCaseEvent(monitor, "hearing", ahead, "unknown", "Hearing on the merits");
        assertThat(monitor.locator("#timeline + ol")).containsText("scheduled");
        Browser.screenshot(monitor, "case-page-hearing-ahead");

        monitor.navigate("/staff");
        assertThat(monitor.locator("#hearings")).containsText(ahead);
        assertThat(monitor.locator("#hearings")).containsText(title);
        Browser.screenshot(monitor, "staff-dashboard-hearings");

        monitor.navigate("/staff/cases/new?lang=ru");
        assertThat(monitor.locator("h1")).hasText("Новое судебное дело");
        Browser.screenshot(monitor, "case-form-russian");

        Page phone = browser.phone(base());
        Browser.logIn(phone, MONITOR, PASSWORD);
        phone.navigate("/staff/cases/new?lang=kk");
        assertThat(phone.locator("h1")).hasText("Жаңа сот ісі");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "case-form-kazakh-phone");

        // the list's table of cases, with its money columns, scrolls inside the page instead of widening it
        phone.navigate("/staff/cases?lang=ru");
        assertThat(phone.locator("table")).containsText(title);
        Browser.fitsTheScreen(phone);
    }
}
