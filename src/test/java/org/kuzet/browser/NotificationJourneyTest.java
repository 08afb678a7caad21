package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kuzet.api.OnVersion;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Origin;
import org.kuzet.notification.internal.Digests;
import org.kuzet.notification.internal.Frequency;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A monitor gives an address, saves a filter of the staff list with a daily digest, and receives it (from a real SMTP
 * server in the test, GreenMail) telling of the new incident the filter selects, once; the filter's Atom feed lists
 * it too. They watch an incident and hear when an editor publishes it, by mail and on their notifications page.
 */
class NotificationJourneyTest extends JourneySupport {

    private static final Viewer MONITOR = new Viewer("monitor.saule", Role.MONITOR);
    private static final Viewer EDITOR = new Viewer("editor.marat", Role.EDITOR);

    @RegisterExtension
    static GreenMailExtension mail = mailServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        sendMailTo(mail, registry);
    }

    @Autowired
    IncidentDesk desk;
    @Autowired
    Digests digests;

    /**
     * The mail server's properties give the class a Spring context, and so a database, of its own: the digest holds
     * only what its test records.
     */
    @BeforeEach
    void fixture() {
        for (Viewer user : new Viewer[] {MONITOR, EDITOR, new Viewer("admin.notifications", Role.ADMIN)}) {
            staffMember(user.username(), user.username(), user.role());
        }
    }

    @Test
    void aSavedFilterSendsItsDigestOfWhatIsNewOnceAndAWatchedIncidentTellsOfItsNews() throws Exception {
        desk.record(form("Threats to a Kostanay editor before the filter", "threats"), null, MONITOR, Origin.Way.API);
        Page page = browser.page(base());
        Browser.logIn(page, MONITOR.username(), PASSWORD);

        saveMailAddress(page, "saule@example.org");
        assertThat(page.locator("#done")).containsText("Your address is saved");
        assertThat(page.locator("#mail-off")).hasCount(0);

        page.navigate("/staff/incidents?category=threats");
        saveFilter(page, "Threats", "daily");
        assertThat(page.locator("#saved-filters")).containsText("Daily");
        Browser.screenshot(page, "notifications-saved-filter");

        Incident threat = desk.record(form("Threats to an Aktobe blogger", "threats"), null, EDITOR, Origin.Way.API);
        desk.record(form("A blogger detained in Aktobe", "detention"), null, EDITOR, Origin.Way.API);
        assertThat(digests.send(Frequency.WEEKLY)).isZero();
        assertThat(digests.send(Frequency.DAILY)).isEqualTo(1);
        MimeMessage digest = mail.getReceivedMessages()[0];
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("saule@example.org");
        assertThat(digest.getSubject()).contains("Threats");
        String body = GreenMailUtil.getBody(digest);
        assertThat(body).contains("Threats to an Aktobe blogger", "http://kuzet.test/staff/incidents/" + threat.id())
                .doesNotContain("before the filter", "detained");
        assertThat(digests.send(Frequency.DAILY)).as("told once").isZero();

        String feedPath = page.locator("#saved-filters a", new Page.LocatorOptions().setHasText("Atom feed"))
                .getAttribute("href");
        APIResponse feed = browser.page(base()).request().get(base() + feedPath);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.text()).contains("<feed", "Threats to an Aktobe blogger").doesNotContain("detained");

        page.navigate("/staff/incidents/" + threat.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Watch")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop watching"))).isVisible();
        desk.submit(threat.id(), OnVersion.stated(1), EDITOR);
        desk.publish(threat.id(), OnVersion.stated(2), EDITOR);
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[2])).contains("Published", "editor.marat",
                "http://kuzet.test/staff/incidents/" + threat.id());
        page.navigate("/staff/notifications");
        assertThat(page.locator("#heard li")).hasCount(2);
        assertThat(page.locator("#heard")).containsText("Published");
        Browser.screenshot(page, "notifications-page");
    }

    private static IncidentForm form(String title, String category) {
        return new IncidentForm(title, "", "2025-03", "kz-aktobe", category, null, null, null, null, null, null,
                null, null, null);
    }
}
