package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People and roles in the web, in a real Chromium: an administrator creates a monitor, changes the role and makes a
 * new password link (the first one dies); the new colleague sets a password through the link and is signed in; a
 * non-administrator is refused in their language. Also: Enter in a one-line field does not send a half-filled
 * incident form, and a comment between editor and monitor on a record; the pages in Russian and Kazakh on a phone.
 */
class AccountsJourneyTest extends JourneySupport {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorCreatesAMonitorChangesTheRoleAndTheNewColleagueSignsInThroughTheLink() {
        String admin = account("admin.zhanar", Role.ADMIN);
        String erlan = "monitor.erlan." + run;
        Page desk = browser.page(base());
        Browser.logIn(desk, admin, PASSWORD);
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff accounts")).click();
        String firstLink = newAccount(desk, erlan, "Ерлан Сейтқали", "monitor");
        assertThat(desk.locator("#done")).containsText("The account is made");
        assertThat(firstLink).contains("/password-reset?token=");
        assertThat(desk.locator("#role-now")).hasText("Monitor");

        desk.locator("#role").selectOption("editor");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the role")).click();
        assertThat(desk.locator("#role-now")).hasText("Editor");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a password link")).click();
        String link = desk.locator("#link").inputValue();
        assertThat(link).isNotEqualTo(firstLink);
        Browser.screenshot(desk, "accounts-account-link");

        Page colleague = browser.page(base());
        Response replaced = colleague.navigate(firstLink);
        assertThat(replaced.status()).as("the first link was replaced by the second").isEqualTo(410);
        assertThat(colleague.locator("h1")).hasText("This link no longer works");
        colleague.navigate(link);
        choosePassword(colleague, "too short");
        assertThat(colleague.locator("#password-error")).containsText("12");
        choosePassword(colleague, "steppe wind over the river");
        assertThat(colleague).hasURL(Pattern.compile(".*/staff$"));
        assertThat(colleague.locator("header")).containsText(erlan);

        // an editor is not an administrator: the accounts page is refused, in the language of the address
        Response refused = colleague.navigate("/staff/accounts?lang=kk");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(colleague.locator("main")).containsText("Бұл бет не әрекет сіздің рөліңізге ашық емес");

        // the same password works at the sign-in form; the used link works no more
        Page later = browser.page(base());
        Browser.logIn(later, erlan, "steppe wind over the river");
        assertThat(later.navigate(link).status()).isEqualTo(410);

        // the audit log names each change and who made it
        desk.navigate("/staff/audit?kind=app_user&id=" + erlan);
        assertThat(desk.locator("main")).containsText("Role changed");
        assertThat(desk.locator("main")).containsText("Password set through a link");
    }

    @Test
    void theAccountsPagesFitAPhoneInRussianAndKazakh() {
        String admin = account("admin.phone", Role.ADMIN);
        String saule = account("correspondent.saule", Role.CORRESPONDENT);
        Page phone = browser.phone(base());
        Browser.logIn(phone, admin, PASSWORD);
        for (String lang : new String[] {"ru", "kk"}) {
            phone.navigate("/staff/accounts?lang=" + lang);
            assertThat(phone.locator("#accounts")).containsText(saule);
            Browser.fitsTheScreen(phone);
            Browser.screenshot(phone, "accounts-list-phone-" + lang);
            phone.navigate("/staff/accounts/" + saule + "?lang=" + lang);
            phone.locator("form[action*='password-link'] button").click();
            assertThat(phone).hasURL(Pattern.compile(".*lang=" + lang + ".*"));
            assertThat(phone.locator("#link")).isVisible();
            Browser.fitsTheScreen(phone);
            Browser.screenshot(phone, "accounts-account-phone-" + lang);
        }
        assertThat(phone.locator("#role-now")).hasText("Тілші");
    }

    @Test
    void enterInATitleDoesNotSendTheIncidentFormButEnterInTheSummaryAndOnSaveDoTheirWork() {
        String monitor = account("monitor.enter", Role.MONITOR);
        Page page = browser.page(base());
        Browser.logIn(page, monitor, PASSWORD);
        page.navigate("/staff/incidents/new");
        java.util.List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST")) {
                sent.add(request.url());
            }
        });
        page.locator("#title").fill("Correspondent's camera taken at a rally in Oral");
        page.locator("#title").press("Enter");
        page.locator("#summary").fill("First line");
        page.locator("#summary").press("Enter");
        page.locator("#summary").pressSequentially("second line");

        assertThat(page).hasURL(Pattern.compile(".*/staff/incidents/new$"));
        assertThat(page.locator(".field-error")).hasCount(0);
        assertThat(page.locator("#summary")).hasValue("First line\nsecond line");
        assertThat(sent).as("nothing was sent by Enter in the title").isEmpty();

        page.locator("form[data-no-enter-submit] > button[type=submit]").last().press("Enter");
        assertThat(page.locator("#date-error")).isVisible();
        assertThat(sent).as("Enter on the Save button sends the form").hasSize(1);
        assertThat(page.locator("#title")).hasValue("Correspondent's camera taken at a rally in Oral");
    }

    @Test
    void anEditorAndAMonitorTalkOnARecordAndTheMonitorSeesItInKazakhOnAPhone() {
        String editor = account("editor.comments", Role.EDITOR);
        String monitor = account("monitor.comments", Role.MONITOR);
        long id = jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, created_by)
                values (?, 'A cameraman was pushed out of the hall.', date '2025-09-01', 'month', 'kz-shymkent',
                    'judicial_transparency_violation', 'in_review', ?) returning id""")
                .params("Cameraman kept out of a court hearing in Shymkent " + run, monitor).query(Long.class).single();

        Page desk = browser.page(base());
        Browser.logIn(desk, editor, PASSWORD);
        desk.navigate("/staff/incidents/" + id);
        desk.locator("#comment-text").fill("Only one source: is there a second?\nThe court's press office perhaps.");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the comment")).click();
        assertThat(desk.locator("#comments")).containsText("Only one source: is there a second?");

        Page phone = browser.phone(base());
        Browser.logIn(phone, monitor, PASSWORD);
        phone.navigate("/staff/incidents/" + id + "?lang=kk");
        assertThat(phone.locator("#comments")).containsText("Пікірлер");
        assertThat(phone.locator("#comments")).containsText(editor);
        phone.locator("#comment-text").fill("Сот баспасөз қызметіне хат жіберілді.");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Пікірді жіберу")).click();
        assertThat(phone).hasURL(Pattern.compile(".*lang=kk#comments$"));
        assertThat(phone.locator("#comments li")).hasCount(2);
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "comments-phone-kazakh");
    }

    private String account(String name, Role role) {
        String username = name + "." + run;
        accounts.create(username, username, PASSWORD, role);
        return username;
    }

}
