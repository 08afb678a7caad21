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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.spelling.Spelling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public's journeys in a real Chromium: find by a name in the other script, filter, download, switch language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.kuzet.OwnDatabase // the list and its download count every published incident
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPortalJourneyTest {

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

    @BeforeAll
    void fixture() {
        long azattyk = jdbc.sql("insert into actor (kind, actor_type, name) values ('organisation', 'media_outlet', "
                + "'Азаттык') returning id").query(Long.class).single();
        for (String alias : List.of("Азаттык", "Azattyq")) {
            jdbc.sql("insert into actor_alias values (?, ?, ?)").params(azattyk, alias, Spelling.key(alias)).update();
        }
        long atyrau = published("Police obstructed journalists filming in Atyrau", "kz-atyrau");
        jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind) "
                + "values (?, 0, ?, 'Azattyk journalists', 'journalist')").params(atyrau, azattyk).update();
        published("Judge removed a TobolInfo journalist from an open hearing", "kz-kostanay");
    }

    @Test
    void findsAnIncidentByANameWrittenInTheOtherScript() {
        Page page = browser.page(base());
        page.navigate("/incidents");
        page.getByLabel("Search").fill("Азаттық");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("ol.incidents li")).hasCount(1);
        assertThat(page.locator("ol.incidents")).containsText("Atyrau");
        Browser.screenshot(page, "public-search-other-script");
    }

    @Test
    void filtersByRegionAndDownloadsTheRowsAsCsv() throws Exception {
        Page page = browser.page(base());
        page.navigate("/incidents");
        page.locator("input[name=region][value=kz-kostanay-region]").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator("ol.incidents li")).hasCount(1);
        assertThat(page.locator("ol.incidents")).containsText("TobolInfo");
        Browser.screenshot(page, "public-filter-region");
        Download download = page.waitForDownload(() -> page.locator("#download-csv").click());
        List<String> rows = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        // a note of the filter and the count, the header, and the one incident in Kostanay
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("1 of", "Kostanay");
        assertThat(rows.get(2)).contains("kz-kostanay", "judicial_transparency_violation");
    }

    @Test
    void switchesLanguage() {
        Page page = browser.page(base());
        page.navigate("/incidents");
        page.locator("ul.langs a[hreflang=kk]").click();
        assertThat(page.locator("h1")).hasText("Бұзушылықтар");
        page.locator("ul.langs a[hreflang=ru]").click();
        assertThat(page.locator("h1")).hasText("Нарушения");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        Browser.screenshot(page, "public-list-russian");
        Page phone = browser.phone(base());
        phone.navigate("/incidents?lang=kk");
        assertThat(phone.locator("h1")).hasText("Бұзушылықтар");
        Browser.screenshot(phone, "public-list-phone-kazakh");
    }

    private long published(String title, String place) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, 'month', ?, ?, 'published', now()) returning id""")
                .params(title, LocalDate.of(2024, 3, 1), place,
                        place.equals("kz-kostanay") ? "judicial_transparency_violation" : "interference_professional_activity")
                .query(Long.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
