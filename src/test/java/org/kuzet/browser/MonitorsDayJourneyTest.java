package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kuzet.OwnDatabase;
import org.kuzet.core.Today;
import org.kuzet.notification.internal.Digests;
import org.kuzet.notification.internal.Frequency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A monitoring service's whole day in one Chromium, one browser context per person, on a database of its own: the
 * first administrator is made through the setup link, and makes a monitor and an editor; the monitor records an
 * incident (mistakes first, each named beside its field), attaches a photo, records a second, hands both to the
 * editor; the editor, working in Russian, reviews and publishes both at once (four eyes: whoever records does not
 * publish); the monitor's saved filter mails its digest of them; the monitor opens a legal case in Kazakh with a
 * hearing ahead and finds it on the overview at a phone's width; the editor publishes last month's report and is
 * told which version, in words.
 */
@OwnDatabase // the setup page is offered while no administrator exists, and the month's report counts everything
@TestPropertySource(properties = "kuzet.review.four-eyes=true")
@ExtendWith(OutputCaptureExtension.class)
class MonitorsDayJourneyTest extends JourneySupport {

    private static final String ADMIN = "admin.gulnara";
    private static final String MONITOR = "monitor.aruzhan";
    private static final String EDITOR = "editor.timur";
    private static final String MONITOR_MAIL = "aruzhan@example.org";
    private static final String THREAT = "Editor of a Kostanay weekly threatened after a report on the akimat";
    private static final String CAMERAMAN = "Cameraman threatened outside a court hearing in Oral";
    private static final String CASE = "Қостанай әкімдігі «Наш Костанай» апталығына қарсы (ар-намыс)";

    @RegisterExtension
    static GreenMailExtension mail = mailServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        sendMailTo(mail, registry);
    }

    @Autowired
    Digests digests;

    /** Last month, the one whose report the service publishes this month. */
    private final YearMonth month = YearMonth.now(Today.CLOCK).minusMonths(1);

    @Test
    void fromTheSetupLinkToLastMonthsPublishedReport(CapturedOutput console) throws MessagingException {
        Page admin = browser.page(base());
        setUp(admin, setupLink(console.getOut()));
        admin.navigate("/staff/accounts");
        String monitorLink = newAccount(admin, MONITOR, "Аружан Сейтқали", "monitor");
        admin.navigate("/staff/accounts");
        String editorLink = newAccount(admin, EDITOR, "Тимур Ахметов", "editor");

        Page monitor = browser.page(base());
        monitor.navigate(monitorLink);
        choosePassword(monitor, PASSWORD);
        assertThat(monitor).hasURL(Pattern.compile(".*/staff$"));
        saveMailAddress(monitor, MONITOR_MAIL);
        monitor.navigate("/staff/incidents?category=threats");
        saveFilter(monitor, "Threats", "daily");

        recordWithMistakesFirst(monitor);
        submitAndAssign(monitor);
        monitor.navigate("/staff/incidents/new");
        fillIncident(monitor, CAMERAMAN, month.atDay(20).toString(), "kz-oral");
        saveIncidentForm(monitor);
        assertThat(monitor.locator("h1")).hasText(CAMERAMAN);
        submitAndAssign(monitor);

        Page editor = browser.page(base());
        editor.navigate(editorLink + "&lang=ru");
        choosePassword(editor, PASSWORD);
        reviewAndPublishBoth(editor);

        digestArrives();
        openCaseWithAHearingAhead(monitor);
        publishTheMonth(editor);
    }

    /** The newcomer's first page leads to the setup; the console's link makes the administrator, without demo data. */
    private void setUp(Page admin, String link) {
        admin.navigate("/");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create the first administrator")).click();
        assertThat(admin.locator("pre.console")).containsText("Kuzet setup: open");
        admin.navigate(link);
        admin.locator("#username").fill(ADMIN);
        admin.locator("#password").fill(PASSWORD);
        admin.locator("#password_again").fill(PASSWORD);
        admin.getByLabel("Load the demonstration data").uncheck();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and sign in")).click();
        assertThat(admin).hasURL(Pattern.compile(".*/staff$"));
        assertThat(admin.locator("header")).containsText(ADMIN);
    }

    /** Four mistakes on the first try, each named beside its field; the photo attached then is kept. */
    private void recordWithMistakesFirst(Page monitor) {
        monitor.navigate("/staff/incidents/new");
        monitor.locator("#date").fill("2025-02-30");
        monitor.locator("#peopleAffected").fill("a dozen");
        monitor.locator("#files").setInputFiles(new FilePayload("threat-message.png", "image/png", PIXEL));
        saveIncidentForm(monitor);
        assertThat(monitor.locator("#title-error")).isVisible();
        assertThat(monitor.locator("#title")).hasAttribute("aria-invalid", "true");
        assertThat(monitor.locator("#date-error")).containsText("2025-02-30");
        assertThat(monitor.locator("#primaryCategory-error")).isVisible();
        assertThat(monitor.locator("#peopleAffected-error")).containsText("a dozen");
        assertThat(monitor.locator("#evidence")).containsText("threat-message.png");
        Browser.screenshot(monitor, "day-incident-mistakes");

        fillIncident(monitor, THREAT, month.atDay(12).toString(), "kz-kostanay");
        monitor.locator("#peopleAffected").fill("1");
        saveIncidentForm(monitor);
        assertThat(monitor.locator("h1")).hasText(THREAT);
        assertThat(monitor.locator("#evidence")).containsText("threat-message.png");
    }

    private static void fillIncident(Page monitor, String title, String date, String place) {
        monitor.locator("#title").fill(title);
        monitor.locator("#date").fill(date);
        monitor.locator("#place").selectOption(place);
        monitor.locator("#primaryCategory").selectOption("threats");
    }

    /** From the incident's page: into review, and to the editor's queue. */
    private static void submitAndAssign(Page monitor) {
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(monitor.locator("#state")).hasText("In review");
        monitor.locator("#assignee").fill(EDITOR);
        monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
        assertThat(monitor.locator("#assignment")).containsText("Assigned to " + EDITOR);
    }

    /** The editor finds both in their queue, reads the first with its photo, answers, and publishes both at once. */
    private void reviewAndPublishBoth(Page editor) {
        editor.navigate("/staff/incidents?queue=mine&lang=ru");
        assertThat(editor.locator("#queue")).containsText(THREAT);
        assertThat(editor.locator("#queue")).containsText(CAMERAMAN);
        editor.locator("#queue").getByText(THREAT).click();
        assertThat(editor.locator("#evidence")).containsText("threat-message.png");
        editor.locator("#comment-text").fill("Фото угрозы проверено, публикую.");
        editor.locator("form:has(#comment-text) button[type=submit]").click();
        assertThat(editor.locator("#comments")).containsText("Фото угрозы проверено");

        editor.navigate("/staff/incidents?category=threats&state=in_review&lang=ru");
        editor.getByLabel("Отметить: " + THREAT).check();
        editor.getByLabel("Отметить: " + CAMERAMAN).check();
        applyBulk(editor, "publish");
        assertThat(editor.locator("#bulk-counts")).containsText("Выполнено: 2");
        assertThat(editor.locator("#bulk-counts")).containsText("Отказано: 0");
        Browser.screenshot(editor, "day-bulk-published-russian");
    }

    /** The morning's digest of the filter saved before either incident was recorded tells of both. */
    private void digestArrives() throws MessagingException {
        assertThat(digests.send(Frequency.DAILY)).isEqualTo(1);
        MimeMessage digest = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo(MONITOR_MAIL);
        assertThat(digest.getSubject()).contains("Threats");
        assertThat(GreenMailUtil.getBody(digest)).contains(THREAT, CAMERAMAN);
    }

    /** In Kazakh: a civil case on honour and dignity, a hearing ahead, shown on the overview on a phone's width. */
    private void openCaseWithAHearingAhead(Page monitor) {
        monitor.navigate("/staff/cases/new?lang=kk");
        assertThat(monitor.locator("h1")).hasText("Жаңа сот ісі");
        monitor.locator("#title").fill(CASE);
        monitor.locator("#kind").selectOption("civil");
        monitor.locator("#basis").selectOption("kz-civ-143");
        monitor.locator("#court").fill("Қостанай қалалық соты");
        monitor.locator("#openedOn").fill(month.atDay(25).toString());
        monitor.locator("#party-name-0").fill("Қостанай қаласының әкімдігі");
        monitor.locator("#party-name-1").fill("«Наш Костанай» апталығы");
        monitor.locator("form[data-no-enter-submit] > button[type=submit]:not(.visually-hidden)").click();
        assertThat(monitor.locator("h1")).hasText(CASE);

        String ahead = LocalDate.now(Today.CLOCK).plusDays(15).toString();
        addCaseEvent(monitor, "hearing", ahead, "unknown", "Істі мәні бойынша қарау");
        assertThat(monitor.locator("#timeline + ol")).containsText("Істі мәні бойынша қарау");

        monitor.setViewportSize(390, 844);
        monitor.navigate("/staff?lang=kk");
        assertThat(monitor.locator("#hearings")).containsText(ahead);
        assertThat(monitor.locator("#hearings")).containsText(CASE);
        Browser.fitsTheScreen(monitor);
        Browser.screenshot(monitor, "day-hearings-kazakh-phone");
        monitor.setViewportSize(1280, 900);
    }

    /** Last month's report, published by the editor, who is told in Russian which version it is, and what it counts. */
    private void publishTheMonth(Page editor) {
        editor.navigate("/staff/reports?period=" + month + "&lang=ru");
        editor.locator("form[action*='/publish'] button[type=submit]").click();
        assertThat(editor.locator("#published-message")).containsText("опубликована версия 1 отчёта");
        Browser.screenshot(editor, "day-report-published-russian");
        // the published version counts the day's two threats and the case opened in the month
        editor.locator("#published-message a").click();
        assertThat(editor.locator("main")).containsText("Угрозы (2)");
        assertThat(editor.locator("main")).containsText("1 гражданский иск");
        assertThat(editor.locator("main")).containsText(CAMERAMAN);
    }
}
