package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

/**
 * A visitor who mistypes an address, asks for an incident that does not exist or for a period that is no month
 * meets the site's error page in the language they were reading (Russian, Kazakh), with the language kept in the
 * address, not JSON and not the sign-in page; an API client still gets problem+json. A signed-in monitor meets "no
 * such page" at an address with nothing behind it, and "not for your role" only at a page that exists.
 */
class ErrorPagesJourneyTest extends JourneySupport {

    @Test
    void browsersGetTheErrorPageInTheirLanguageAndApiClientsProblemJson() {
        Page page = browser.page(base());

        Response missing = page.navigate("/incidents/9999?lang=ru");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Что-то пошло не так");
        assertThat(page.locator("main")).containsText("Такой страницы нет");
        Browser.screenshot(page, "error-not-found-russian");

        Response notANumber = page.navigate("/incidents/abc?lang=kk");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.locator("main ul.problems")).containsText("abc");

        Response badPeriod = page.navigate("/reports/2024-13?lang=ru");
        assertThat(badPeriod.status()).isBetween(400, 422);
        assertThat(page.locator("h1")).hasText("Что-то пошло не так");

        // a first visit, with no session yet: the page's own links (the stylesheet) carry no ";jsessionid="
        Page firstVisit = browser.phone(base());
        assertThat(firstVisit.navigate("/incidentz?lang=kk").status()).isEqualTo(404);
        assertThat(firstVisit.locator("link[rel=stylesheet]")).hasAttribute("href", "/assets/css/kuzet.css");
        Browser.screenshot(firstVisit, "error-not-found-phone-kazakh");

        Response mistyped = page.navigate("/incidentz?lang=kk");
        assertThat(mistyped.status()).isEqualTo(404);
        assertThat(page).hasURL("http://localhost:" + port + "/incidentz?lang=kk");
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.locator("a[hreflang=ru]")).hasAttribute("href", java.util.regex.Pattern.compile(".*lang=ru"));
        Browser.screenshot(page, "error-not-found-kazakh");

        Response staff = page.navigate("/staff?lang=kk");
        assertThat(staff.url()).endsWith("/login?lang=kk");

        APIResponse api = page.request().get("http://localhost:" + port + "/api/v1/incidents/9999");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aSignedInMonitorIsToldThatAPageDoesNotExistRatherThanThatItIsNotForTheirRole() {
        staffMember("errors.monitor", "Errors Monitor", Role.MONITOR);
        Page page = browser.phone(base());
        Browser.logIn(page, "errors.monitor", PASSWORD);

        Response mistyped = page.navigate("/cases?lang=kk");
        assertThat(mistyped.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("Мұндай бет жоқ");

        Response adminsOnly = page.navigate("/staff/accounts?lang=kk");
        assertThat(adminsOnly.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("сіздің рөліңізге ашық емес");
        Browser.fitsTheScreen(page);
    }
}
