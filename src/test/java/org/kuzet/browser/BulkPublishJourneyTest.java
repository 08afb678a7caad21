package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor, in Russian on a phone, ticks four incidents on the staff list (three under review, one still a draft)
 * and publishes them at once: the progress page counts three published and one refused, with the reason beside
 * it. Its own incidents, in a month no other fixture uses.
 */
class BulkPublishJourneyTest extends JourneySupport {

    private static final String EDITOR = "editor.bulk-journey";
    private static final String MONITOR = "monitor.bulk-journey";
    /** The month of these fixtures: the list is filtered to it. */
    private static final String MONTH = "1996-03";

    @Test
    void anEditorBulkPublishesThreeIncidentsAndSeesWhyTheDraftWasRefused() {
        staffMember(EDITOR, "Bulk journey editor", Role.EDITOR);
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> inReview = List.of("Журналиста оштрафовали за пост в Павлодаре " + run,
                "Радиостанции вынесли предупреждение в Семее " + run,
                "Оператору разбили камеру на митинге в Алматы " + run);
        String draft = "Черновик о вызове блогера в полицию в Туркестане " + run;
        inReview.forEach(title -> incident(title, "in_review"));
        incident(draft, "draft");

        Page phone = browser.phone(base());
        Browser.logIn(phone, EDITOR, PASSWORD);
        phone.navigate("/staff/incidents?month=" + MONTH + "&lang=ru");
        for (String title : inReview) {
            phone.getByLabel("Отметить: " + title).check();
        }
        phone.getByLabel("Отметить: " + draft).check();
        assertThat(phone.getByLabel("Действие")).isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Применить к отмеченным")))
                .isVisible();
        Browser.screenshot(phone, "bulk-list-ticked-russian-phone");
        applyBulk(phone, "publish");

        assertThat(phone.locator("#bulk-state")).hasText("Готово.");
        Locator counts = phone.locator("#bulk-counts");
        assertThat(counts).containsText("Выполнено: 3");
        assertThat(counts).containsText("Отказано: 1");
        assertThat(phone.locator("#bulk-refused li")).hasCount(1);
        assertThat(phone.locator("#bulk-refused li")).containsText(draft);
        assertThat(phone.locator("#bulk-refused li")).containsText("Невозможно, пока статус «Черновик».");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "bulk-publish-result-russian-phone");

        phone.navigate("/staff/incidents?month=" + MONTH + "&state=published&lang=ru");
        for (String title : inReview) {
            assertThat(phone.getByText(title)).isVisible();
        }
        assertThat(phone.getByText(draft)).hasCount(0);
    }

    private void incident(String title, String state) {
        jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, created_by)
                values (?, 'Как было, по словам фикстуры.', date '1996-03-01', 'month', 'kz-pavlodar', 'threats', ?, ?)
                """).params(title, state, MONITOR).update();
    }

}
