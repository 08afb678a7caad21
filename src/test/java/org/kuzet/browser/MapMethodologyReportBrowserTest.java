package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kuzet.triage.CandidateQueue;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public map, the methodology page and the report form in a real Chromium, in English, Russian and Kazakh, on
 * a desktop and at phone width (390 px); every page checked by axe-core and for sideways scrolling.
 */
@org.kuzet.OwnDatabase // the map counts every published incident
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapMethodologyReportBrowserTest extends JourneySupport {

    @Autowired
    CandidateQueue queue;

    @BeforeAll
    void fixture() {
        incident("Reporter detained after filming a rally in Oral", "2024-02-11", "kz-oral", "detention");
        incident("Threats to an Oral news site editor", "2024-06-03", "kz-oral", "threats");
        incident("Accreditation refused to 16 journalists in Astana", "2024-03-19", "kz-astana",
                "accreditation_denial");
        incident("Blogger summoned by police in Almaty", "2023-11-02", "kz-almaty", "summons_law_enforcement");
        incident("Regional site blocked", "2024-04-20", "kz-west-kazakhstan-region", "blocking");
    }

    @ParameterizedTest
    @CsvSource({"en, incidents, Oral", "ru, нарушени, Уральск", "kk, бұзушылық, Орал"})
    void theMapCountsTheFilterAndItsDotsAndTilesFilter(String lang, String word, String oral) {
        for (Page page : List.of(browser.page(base()), browser.phone(base()))) {
            page.navigate("/map?year=2024&lang=" + lang);
            assertThat(page.locator("#mapped")).containsText("4");
            assertThat(page.locator("#mapped")).containsText(word);
            assertThat(page.locator("svg#map a.dot")).hasCount(21);
            assertThat(page.locator("svg#map a.dot[data-place=kz-oral]")).hasAttribute("data-count", "2");
            assertThat(page.locator("svg#map a.dot[data-place=kz-almaty]")).hasAttribute("data-count", "0");
            assertThat(page.locator("#place-counts")).containsText(oral);
            Browser.fitsTheScreen(page);
            Browser.accessible(page);
            boolean phone = page.viewportSize().width <= 390;
            Browser.screenshot(page, "public-map-" + lang + (phone ? "-phone" : ""));
            // the map is as wide as the screen allows, and no wider
            double mapWidth = ((Number) page.evaluate("() => document.getElementById('map').getBoundingClientRect().width"))
                    .doubleValue();
            assertThat(mapWidth).isGreaterThan(phone ? 300 : 400).isLessThanOrEqualTo(page.viewportSize().width);

            page.locator("svg#map a.dot[data-place=kz-oral]").click();
            assertThat(page).hasURL(Pattern.compile(".*region=kz-oral.*"));
            assertThat(page.locator("#mapped")).containsText("2");
            assertThat(page.locator("ul.chips")).containsText(oral);
            page.locator("#region-tiles a[data-region=kz-astana]").click();
            assertThat(page.locator("#mapped")).containsText("1");
            assertThat(page.locator("svg#map a.dot[data-place=kz-astana]")).hasAttribute("data-count", "1");
            Browser.accessible(page);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, Verification levels", "ru, Уровни проверки", "kk, Тексеру деңгейлері"})
    void theMethodologySaysHowTheServiceCounts(String lang, String verification) {
        for (Page page : List.of(browser.page(base()), browser.phone(base()))) {
            page.navigate("/methodology?lang=" + lang);
            assertThat(page.locator("#verification")).hasText(verification);
            assertThat(page.locator("dl.levels dt")).hasCount(4);
            Browser.fitsTheScreen(page);
            Browser.accessible(page);
            if (page.viewportSize().width <= 390) {
                Browser.screenshot(page, "methodology-phone-" + lang);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "en, Describe what happened., Thank you",
        "ru, 'Опишите, что произошло.', Спасибо",
        "kk, Не болғанын сипаттаңыз., Рақмет"})
    void aVisitorReportsAnIncidentOnAPhone(String lang, String required, String thanks) {
        Page page = browser.phone(base());
        page.navigate("/methodology?lang=" + lang);
        page.locator("main a.button[href^='/report-an-incident']").click();
        page.locator("#link").fill("not a link");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#what-error")).hasText(required);
        assertThat(page.locator("#link-error")).containsText("https://");
        assertThat(page.locator("#link")).hasValue("not a link");
        Browser.fitsTheScreen(page);
        Browser.accessible(page);
        Browser.screenshot(page, "report-form-errors-phone-" + lang);

        page.locator("#what").fill("A camera operator was pushed out of a court hearing in Oral (" + lang + ").");
        page.locator("#link").fill("");
        page.locator("#contact").fill("reporter-" + lang + "@example.org");
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/report-an-incident/sent\\?lang=" + lang + "$"));
        assertThat(page.locator("h1")).containsText(thanks);
        Browser.fitsTheScreen(page);
        Browser.accessible(page);
        // the report is sealed at rest: its waiting candidate is read through the queue, which opens it
        List<Long> waiting = jdbc.sql("""
                select c.id from triage_candidate c join triage_public_report r on r.article_id = c.article_id
                where c.status = 'new'""").query(Long.class).list();
        assertThat(waiting.stream().map(id -> queue.find(id).orElseThrow().passage())
                .filter(text -> text.contains("court hearing in Oral (" + lang + ")"))).hasSize(1);
    }

    private void incident(String title, String date, String place, String category) {
        jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, 'day', ?, ?, 'published', now())""")
                .params(title, LocalDate.parse(date), place, category).update();
    }

}
