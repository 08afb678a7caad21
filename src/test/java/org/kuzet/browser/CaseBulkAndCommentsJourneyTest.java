package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

/**
 * A monitor, in Kazakh on a phone, filters the staff case list to three cases (one closed already), closes all that
 * match at once and reads on the progress page that two were closed and why the third was refused; then, on one of
 * the cases (now "updated"), writes a comment, corrects it (it says "edited") and deletes it. Its own cases, found
 * by a word of this run.
 */
class CaseBulkAndCommentsJourneyTest extends JourneySupport {

    private static final String MONITOR = "monitor.cases-journey";

    @Test
    void aMonitorClosesTheCasesOfAFilterAndCorrectsAndDeletesAComment() {
        staffMember(MONITOR, "Cases journey monitor", Role.MONITOR);
        String run = "j" + UUID.randomUUID().toString().substring(0, 6);
        String appeal = "Әкімдік газетке қарсы: ар-намыс туралы талап " + run;
        String fine = "Блогерге айыппұл: рұқсатсыз жиын " + run;
        String closed = "Министрлік талабын қайтарып алды " + run;
        long appealId = legalCase(appeal, "appeal");
        legalCase(fine, "pretrial");
        legalCase(closed, "closed");

        Page phone = browser.phone(base());
        Browser.logIn(phone, MONITOR, PASSWORD);
        phone.navigate("/staff/cases?q=" + run + "&lang=kk");
        assertThat(phone.locator("#cases-found")).hasText("3 іс табылды");
        phone.getByLabel("Немесе сүзгіге сәйкес барлығы: 3 іс").check();
        phone.getByLabel("Әрекет").selectOption("close");
        phone.getByLabel("«Жабылды» қадамына ескертпе (бүгінгі күнмен)").fill("Тараптар бітімге келді");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "case-bulk-list-kazakh-phone");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Белгіленгендерге қолдану")).click();

        assertThat(phone).hasURL(Pattern.compile(".*/staff/cases/bulk/[0-9a-f-]+.*"));
        assertThat(phone.locator("#bulk-state")).hasText("Дайын.",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(phone.locator("#bulk-counts")).containsText("Орындалды: 2");
        assertThat(phone.locator("#bulk-counts")).containsText("Бас тартылды: 1");
        Locator refused = phone.locator("#bulk-refused li");
        assertThat(refused).hasCount(1);
        assertThat(refused).containsText(closed);
        assertThat(refused).containsText("Іс әлдеқашан жабылған.");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "case-bulk-result-kazakh-phone");

        phone.navigate("/staff/cases/" + appealId + "?lang=kk");
        assertThat(phone.locator("#updated")).containsText("жаңартылды");
        phone.getByLabel("Пікір қосу").fill("Апелляция шешімінің көшірмесі керек");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Пікірді жіберу")).click();
        Locator comment = phone.locator("ol.comments li").first();
        assertThat(comment).containsText("Апелляция шешімінің көшірмесі керек");

        comment.getByText("Өзгерту", new Locator.GetByTextOptions().setExact(true)).click();
        comment.getByLabel("Сіздің пікіріңіз").fill("Апелляция шешімінің көшірмесі алынды");
        comment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Өзгерісті сақтау")).click();
        comment = phone.locator("ol.comments li").first();
        assertThat(comment.locator(".comment-text")).hasText("Апелляция шешімінің көшірмесі алынды");
        assertThat(comment.locator(".tag.edited")).hasText("өзгертілді");
        Browser.fitsTheScreen(phone);
        comment.scrollIntoViewIfNeeded();
        Browser.screenshot(phone, "case-comment-edited-kazakh-phone");

        comment.getByText("Жою", new Locator.GetByTextOptions().setExact(true)).click();
        comment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Бұл пікірді жою")).click();
        assertThat(phone.locator("ol.comments li")).hasCount(0);
        assertThat(phone.locator("#comments")).containsText("Әзірге пікір жоқ.");
        assertThat(phone.locator("#trail")).isVisible();
        Browser.fitsTheScreen(phone);
    }

    private long legalCase(String title, String stage) {
        return jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction)
                values (?, 'civil', ?, date '2023-09-04', 'day', 'against_media') returning id""")
                .params(title, stage).query(Long.class).single();
    }
}
