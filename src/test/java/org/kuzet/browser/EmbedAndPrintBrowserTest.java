package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.kuzet.OwnDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kuzet.Pdfs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium: the code of "embed this", pasted into a page of another site, shows Kuzet's figures in their
 * frames, while an ordinary page of Kuzet refuses to be framed there; the printable page of an incident and of a
 * legal case downloads as a PDF in the visitor's language; the cited pages fit a phone, in Russian and Kazakh.
 */
@OwnDatabase // the embeds and the report of its period count every published record
class EmbedAndPrintBrowserTest extends JourneySupport {

    private static final String KAZAKH_TITLE = "Қостанайда тілшіге өңірлік әкімдік ғимаратына кіруге тыйым салынды";
    private static final String PERIOD = "2011-09";

    private static long incident;
    private static long legalCase;

    /** The fixture is made once, in the class's own database: the tests only read it. */
    private static boolean made;

    @BeforeEach
    void fixture() {
        if (made) {
            return;
        }
        made = true;
        incident = incident(KAZAKH_TITLE, "2024-03-12", "kz-kostanay", "accreditation_denial");
        incident("Редактору угрожали после публикации о тендере", "2024-02-02", "kz-almaty", "threats");
        incident("Blogger fined over a post", "2023-06-20", "kz-shymkent", "administrative");
        legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, basis, opened_on, opened_precision, direction, claimed_kzt)
                values ('Тілші әкімдікке қарсы: аккредитация туралы шағым', 'administrative', 'first_instance', null,
                    date '2024-03-20', 'day', 'brought_by_media', null) returning id""").query(Long.class).single();
        jdbc.sql("insert into legal_case_incident values (?, ?)").params(legalCase, incident).update();
        jdbc.sql("""
                insert into report_version (period, version, figures, markdown_en, markdown_ru, markdown_kk, sha256,
                    published_by, published_at)
                values (?, 1, '{}', '# September 2011', '# Сентябрь 2011', '# 2011 жылғы қыркүйек', ?, 'editor',
                    timestamptz '2024-04-05 10:00:00+05')""").params(PERIOD, "9e".repeat(32)).update();
    }

    @ParameterizedTest
    @CsvSource({"en", "ru", "kk"})
    void theEmbedCodeShowsKuzetInAFrameOfAnotherSiteWhereAnOrdinaryPageIsRefused(String lang) throws Exception {
        // the code as a visitor copies it from the list's and the charts' "embed this"
        Page kuzet = browser.page(base());
        kuzet.navigate("/incidents?year=2024&lang=" + lang);
        String count = kuzet.locator("#embed-count").inputValue();
        String latest = kuzet.locator("#embed-latest").inputValue();
        kuzet.navigate("/charts?year=2024&lang=" + lang);
        String chart = kuzet.locator("#embed-chart-months").inputValue();
        kuzet.context().close();
        String partnerPage = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Partner</title></head>"
                + "<body><h1>A partner's news page</h1>" + count + latest + chart
                + "<iframe src=\"" + base() + "/incidents\" title=\"plain\" width=\"100%\" height=\"150\">"
                + "</iframe></body></html>";
        HttpServer partner = partnerSite(partnerPage);
        try {
            for (Page page : List.of(browser.page(base()), browser.phone(base()))) {
                page.navigate("http://127.0.0.1:" + partner.getAddress().getPort() + "/news.html");
                showsTheEmbedsButNotAnOrdinaryPage(page, lang);
            }
        } finally {
            partner.stop(0);
        }
    }

    /**
     * A partner's site: its own web server, another origin than Kuzet's (another host name and port), serving the
     * page with the pasted code.
     */
    private static HttpServer partnerSite(String page) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private void showsTheEmbedsButNotAnOrdinaryPage(Page page, String lang) {
        assertThat(page.frameLocator("iframe[src*='/embed/count']").locator("#embed-count")).hasText("2");
        assertThat(page.frameLocator("iframe[src*='/embed/latest']").locator("ol.incidents li")).hasCount(2);
        assertThat(page.frameLocator("iframe[src*='/embed/latest']").locator("html"))
                .hasAttribute("lang", lang);
        Frame drawn = page.frames().stream().filter(f -> f.url().contains("/embed/chart/months")).findFirst()
                .orElseThrow();
        drawn.waitForFunction("() => window.Chart && Chart.getChart('monthly')");
        // Kuzet's other pages refuse the frame: the browser shows nothing of them there
        Frame plain = page.locator("iframe[title=plain]").elementHandle().contentFrame();
        assertThat(plain.locator("main#main").count()).isZero();
        assertThat(page.frameLocator("iframe[title=plain]").locator("body")).not().containsText("Kuzet");
        Browser.fitsTheScreen(page);
        if (page.viewportSize().width <= 390 && !lang.equals("en")) {
            Browser.screenshot(page, "embed-on-partner-phone-" + lang);
        }
    }

    @ParameterizedTest
    @CsvSource({"ru, Как цитировать, Судебное дело", "kk, Қалай сілтеме жасау керек, Сот ісі"})
    void thePrintablePagesDownloadAsPdfInTheVisitorsLanguage(String lang, String cite, String kicker)
            throws Exception {
        Page page = browser.page(base());
        page.navigate("/incidents/" + incident + "?lang=" + lang);
        Download pdf = page.waitForDownload(() -> page.locator("#print-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("kuzet-incident-" + incident + "-" + lang + ".pdf");
        assertThat(Pdfs.text(Files.readAllBytes(pdf.path()))).contains(KAZAKH_TITLE, cite,
                "Тілші әкімдікке қарсы: аккредитация туралы шағым");
        page.locator("a[href^='/cases/" + legalCase + "']").first().click();
        assertThat(page.locator("h1 span[lang=kk]")).hasText("Тілші әкімдікке қарсы: аккредитация туралы шағым");
        Download casePdf = page.waitForDownload(() -> page.locator("#print-pdf").click());
        assertThat(Pdfs.text(Files.readAllBytes(casePdf.path()))).contains(kicker, KAZAKH_TITLE, cite);
    }

    @ParameterizedTest
    @CsvSource({"ru, Как цитировать, 5 апреля 2024", "kk, Қалай сілтеме жасау керек, 5 сәуір"})
    void theCitedPagesFitAPhoneAndPassAxe(String lang, String cite, String edition) {
        Page page = browser.phone(base());
        for (String path : List.of("/incidents/" + incident, "/cases/" + legalCase, "/reports/" + PERIOD,
                "/embed/count", "/embed/latest", "/embed/chart/categories")) {
            page.navigate(path + "?lang=" + lang);
            if (!path.startsWith("/embed")) {
                assertThat(page.locator("#cite")).containsText(cite);
            }
            Browser.fitsTheScreen(page);
            Browser.accessible(page);
            Browser.screenshot(page, "cite" + path.replaceAll("[^a-z0-9]+", "-") + "-phone-" + lang);
        }
        page.navigate("/reports/" + PERIOD + "?lang=" + lang);
        assertThat(page.locator("#report-version")).containsText(edition);
    }

    private long incident(String title, String date, String place, String category) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'Тілшіні ғимаратқа кіргізбеді.', ?, 'day', ?, ?, 'published', now()) returning id""")
                .params(title, LocalDate.parse(date), place, category).query(Long.class).single();
    }

}
