package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public list's time filter, facets of several values, Kazakh inflections and the filtered charts, in a real
 * Chromium, in English, Russian and Kazakh, on a desktop and at phone width; every page checked by axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalFiltersChartsBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void fixture() {
        org.kuzet.TestData.clean(jdbc);
        long threats = incident("Угрозы главному редактору Orda.kz после публикации", "2024-03-12", "day", "kz-almaty", "threats");
        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind) "
                + "values (?, 0, 'Гульнара Бажкенова', 'journalist')").param(threats).update();
        jdbc.sql("insert into incident_perpetrator (incident_id, position, name, perpetrator_type) "
                + "values (?, 0, 'unknown callers', 'unknown')").param(threats).update();
        incident("Camera operator detained in Kostanay", "2024-05-01", "month", "kz-kostanay", "detention");
        incident("News site blocked during the year", "2024-01-01", "year", "kz-astana", "blocking");
        incident("Lawsuit against a Shymkent blogger", "2022-10-04", "day", "kz-shymkent", "civil_claims");
    }

    @ParameterizedTest
    @CsvSource({"en, Year, Apply", "ru, Год, Применить", "kk, Жыл, Қолдану"})
    void aYearAndTwoRegionsNarrowTheListAndEachIsRemovedOnItsOwn(String lang, String year, String apply) {
        for (Page page : List.of(browser.page(base()), browser.phone(base()))) {
            page.navigate("/incidents?lang=" + lang);
            page.getByLabel(year, new Page.GetByLabelOptions().setExact(true)).fill("2024");
            page.locator("input[name=region][value=kz-almaty]").check();
            page.locator("input[name=region][value=kz-astana]").check();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(apply)).click();
            // the year keeps the incident known only to 2024; the regions keep Almaty's and Astana's
            assertThat(page.locator("ol.incidents li")).hasCount(2);
            assertThat(page.locator("ol.incidents")).containsText("News site blocked");
            assertThat(page.locator("ul.chips li")).hasCount(3);
            page.locator("ul.chips a[href*='region=kz-almaty'][href*='year=2024']").first().click();
            assertThat(page.locator("ol.incidents li")).hasCount(1);
            assertThat(page.locator("ol.incidents")).containsText("Угрозы главному редактору");
            Browser.fitsTheScreen(page);
            Browser.accessible(page);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, from", "ru, ГГГГ-ММ-ДД", "kk, ЖЖЖЖ-АА-КК"})
    void aDateThatIsNoneIsRefusedNamingTheField(String lang, String words) {
        Page page = browser.phone(base());
        page.navigate("/incidents?from=2024-99-99&lang=" + lang);
        assertThat(page.locator("ul.problems")).containsText("from");
        assertThat(page.locator("ul.problems")).containsText(words);
        assertThat(page.locator("ul.problems")).containsText("2024-99-99");
        Browser.fitsTheScreen(page);
    }

    @ParameterizedTest
    @CsvSource({"en", "ru", "kk"})
    void aNameWithAKazakhEndingIsFoundAndThePassageShown(String lang) {
        Page page = browser.page(base());
        page.navigate("/incidents?lang=" + lang);
        page.locator("#q").fill("Бажкенованың");
        page.locator("#q").press("Enter");
        assertThat(page.locator("ol.incidents li")).hasCount(1);
        assertThat(page.locator("ol.incidents .passage mark")).containsText("Бажкенова");
        Browser.accessible(page);
    }

    @ParameterizedTest
    @CsvSource({"en", "ru", "kk"})
    void theChartsShowTheFilteredListWithTablesAndDownloads(String lang) throws Exception {
        for (Page page : List.of(browser.page(base()), browser.phone(base()))) {
            page.navigate("/incidents?year=2024&lang=" + lang);
            page.locator("#chart-list").click();
            assertThat(page.locator("#charted")).containsText("3");
            page.waitForFunction("() => window.Chart && Chart.getChart('monthly') && Chart.getChart('perpetrators')");
            // whole-number ticks only, and of the three groups only the one with data in the legend
            Object ticks = page.evaluate("() => Chart.getChart('monthly').scales.y.ticks.map(t => t.value)");
            assertThat((List<?>) ticks).allSatisfy(t -> assertThat(((Number) t).doubleValue() % 1).isZero());
            Object legend = page.evaluate("() => Chart.getChart('monthly').data.datasets.length");
            assertThat(((Number) legend).intValue()).isEqualTo(1);
            assertThat(page.locator("table.figures").first()).containsText("2024-05");
            Download png = page.waitForDownload(() -> page.locator("button.png[data-chart=yearly]").click());
            assertThat(Files.readAllBytes(png.path())).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            Download csv = page.waitForDownload(() -> page.locator("a[href^='/charts/months.csv']").click());
            assertThat(Files.readAllLines(csv.path(), StandardCharsets.UTF_8)).contains("2024-03,2024-03,1,false");
            Browser.fitsTheScreen(page);
            Browser.accessible(page);
            if (page.viewportSize().width > 390) {
                Browser.screenshot(page, "charts-filtered-" + lang);
            }
        }
    }

    @Test
    void theIncidentPageSpeaksRussian() {
        long id = jdbc.sql("select id from incident where title like 'Угрозы%'").query(Long.class).single();
        Page page = browser.page(base());
        page.navigate("/incidents/" + id + "?lang=ru");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("main")).containsText("Категория: Угрозы");
        Browser.accessible(page);
        Browser.screenshot(page, "public-incident-russian");
    }

    @Test
    void theRegionTilesFilterTheCharts() {
        Page page = browser.page(base());
        page.navigate("/charts");
        page.locator("#region-tiles a[href*='kz-shymkent']").click();
        assertThat(page.locator("#charted")).containsText("1");
        assertThat(page.locator("ul.chips")).containsText("Shymkent");
    }

    private long incident(String title, String date, String precision, String place, String category) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, ?, ?, ?, 'published', now()) returning id""")
                .params(title, LocalDate.parse(date), precision, place, category).query(Long.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
