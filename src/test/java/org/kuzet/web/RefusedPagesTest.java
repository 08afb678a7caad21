package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person in a browser who is refused (a record that is not theirs, a page not open to their role) gets the site's
 * error page in their language, never problem+json; a script asking the API still gets problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusedPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void account() {
        Staff.as(accounts, Role.CORRESPONDENT);
    }

    @AfterEach
    void remove() {
        jdbc.sql("delete from incident where external_id = 'refused-draft'").update();
    }

    private long othersDraft() {
        return jdbc.sql("""
                insert into incident (external_id, title, occurred_on, date_precision, primary_category, created_by)
                values ('refused-draft', 'Another correspondent''s draft', date '2024-03-05', 'day', 'threats',
                        'refused-other') returning id""").query(Long.class).single();
    }

    @Test
    void aVisitorsBadFilterIsAPageThatStillOffersTheOtherLanguages() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                page("/incidents?category=nonsense&lang=kk").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("nonsense", "Русский", "lang=ru");
    }

    /**
     * A real request over the port by a correspondent signed in through the form, as a browser is, so that the
     * servlet container's error dispatch is what answers.
     */
    private HttpResponse<String> asCorrespondent(String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(browser.send(page("/login").build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=test-correspondent&password=" + URLEncoder.encode(Staff.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(page("/login").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/staff"));
        return browser.send(page(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", BROWSER);
    }

    @Test
    void anotherCorrespondentsDraftIsAPageThatSaysNotFound() throws Exception {
        long draft = othersDraft();
        HttpResponse<String> page = asCorrespondent("/staff/incidents/" + draft + "?lang=ru");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("Такой страницы нет").doesNotContain("\"status\":");
    }

    @Test
    void aPageNotOpenToTheRoleSaysSoInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> page = asCorrespondent("/staff/reports?lang=kk");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("рөліңізге ашық емес");
    }

    @Test
    void theApiStillAnswersProblemJson() throws Exception {
        long draft = othersDraft();
        HttpResponse<String> answer = asCorrespondent("/api/v1/incidents/" + draft);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
    }
}
