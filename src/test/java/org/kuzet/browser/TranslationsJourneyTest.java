package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A monitor types an incident's title and summary in English and its Russian translation side by side, in a real
 * Chromium; once it is published, a Russian visitor on a phone reads it in Russian, and a Kazakh visitor reads the
 * English original, told that it is in English only. Its own incident (a unique title).
 */
class TranslationsJourneyTest extends JourneySupport {

    private static final String MONITOR = "monitor.translations-journey";

    @Test
    void theFormEditsThreeLanguagesSideBySideAndTheRussianPageShowsTheTranslation() {
        staffMember(MONITOR, "Translations journey monitor", Role.MONITOR);
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String english = "Police kept reporters away from a rally in Oral " + mark;
        String russian = "Полиция не пустила журналистов на митинг в Уральске " + mark;
        Page monitor = browser.page(base());
        Browser.logIn(monitor, MONITOR, PASSWORD);
        monitor.navigate("/staff/incidents/new");
        // side by side: three columns in one row, the original first (with its language), then Russian, then Kazakh
        BoundingBox original = monitor.locator(".text-column").nth(0).boundingBox();
        BoundingBox inRussian = monitor.locator(".text-column").nth(1).boundingBox();
        BoundingBox inKazakh = monitor.locator(".text-column").nth(2).boundingBox();
        org.assertj.core.api.Assertions.assertThat(inRussian.y).isEqualTo(original.y);
        org.assertj.core.api.Assertions.assertThat(inKazakh.y).isEqualTo(original.y);
        org.assertj.core.api.Assertions.assertThat(original.x + original.width).isLessThanOrEqualTo(inRussian.x);
        org.assertj.core.api.Assertions.assertThat(inRussian.x + inRussian.width).isLessThanOrEqualTo(inKazakh.x);
        assertThat(monitor.locator(".text-column").nth(1).locator("#title-ru")).isVisible();
        assertThat(monitor.locator(".text-column").nth(2).locator("#title-kk")).isVisible();
        monitor.locator("#title").fill(english);
        monitor.locator("#summary").fill("Reporters were stopped at the square and told to leave.");
        monitor.getByLabel("Title in Russian").fill(russian);
        monitor.getByLabel("Summary in Russian").fill("Журналистов остановили на площади и велели уйти.");
        monitor.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2024-03-09");
        monitor.locator("#place").selectOption("kz-oral");
        monitor.getByLabel("Counted under (primary category)").selectOption("interference_professional_activity");
        Browser.screenshot(monitor, "incident-form-three-languages");
        monitor.locator("form[data-draft] > button[type=submit]:not(.visually-hidden)").click();
        assertThat(monitor.locator("h1")).hasText(english);
        assertThat(monitor.locator("#translations")).containsText(russian);
        long id = Long.parseLong(monitor.url().substring(monitor.url().lastIndexOf('/') + 1));
        // review and publishing are other journeys' matter: the incident is made public as an editor would
        jdbc.sql("update incident set workflow_state = 'published', published_at = now() where id = ?").param(id)
                .update();

        Page phone = browser.phone(base());
        phone.navigate("/incidents/" + id + "?lang=ru");
        assertThat(phone.locator("h1")).hasText(russian);
        assertThat(phone.locator("article")).containsText("Журналистов остановили на площади и велели уйти.");
        assertThat(phone.locator("article")).not().containsText("только на");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "incident-russian-phone");

        phone.navigate("/incidents/" + id + "?lang=kk");
        assertThat(phone.locator("h1")).containsText(english);
        assertThat(phone.locator("h1 .lang-note")).hasText("(тек ағылшын тілінде)");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "incident-kazakh-fallback-phone");
    }

    /**
     * The list of what a period's report quotes untranslated names a context event; the monitor opens it on a
     * phone, in Russian, types its Kazakh title and description beside the English original, and the list then
     * names only the language it still lacks.
     */
    @Test
    void aContextEventIsTranslatedFromTheListOnAPhone() {
        staffMember(MONITOR, "Translations journey monitor", Role.MONITOR);
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "Mangystau region limits filming at the port " + mark;
        long event = jdbc.sql("""
                insert into context_event (occurred_on, date_precision, place_code, kind, title, description, language)
                values (date '2016-07-12', 'day', 'kz-aktau', 'regulation', ?, 'A permit is now needed.', 'en')
                returning id""").param(title).query(Long.class).single();
        Page phone = browser.phone(base());
        Browser.logIn(phone, MONITOR, PASSWORD);
        phone.navigate("/staff/translations?period=2016-07&lang=ru");
        phone.locator("#untranslated-context a", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(phone.locator("#original")).containsText(title);
        phone.locator("#title-kk").fill("Маңғыстау облысы портта түсірілімді шектеді " + mark);
        phone.locator("#summary-kk").fill("Енді рұқсат керек.");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "context-event-translation-phone");
        phone.locator("form[action^='/staff/translations/'] button[type=submit]").click();
        assertThat(phone.locator("#translated")).hasText("Переводы сохранены.");
        // Russian is still missing: the event stays on the list with that language alone
        assertThat(phone.locator("#untranslated-context tr", new Page.LocatorOptions().setHasText(title))
                .locator(".tag")).hasText("Русский");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select translations -> 'kk' ->> 'summary' from context_event where id = ?").param(event)
                .query(String.class).single()).isEqualTo("Енді рұқсат керек.");
    }
}
