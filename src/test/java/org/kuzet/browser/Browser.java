package org.kuzet.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * A real Chromium driven by Playwright: Debian's /usr/bin/chromium where it exists (this machine and CI),
 * Playwright's own browser elsewhere. Every journey saves a screenshot under target/screenshots/.
 */
final class Browser implements AutoCloseable {

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (system) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    Page page(String baseUrl) {
        BrowserContext context = browser.newContext(new NewContextOptions().setBaseURL(baseUrl)
                .setAcceptDownloads(true).setViewportSize(1280, 900));
        return context.newPage();
    }

    Page phone(String baseUrl) {
        BrowserContext context = browser.newContext(new NewContextOptions().setBaseURL(baseUrl)
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        return context.newPage();
    }

    /** Signs in through the login form and waits for the workspace's start page. */
    static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/staff$"));
    }

    /** Nothing wider than the screen: the page does not scroll sideways. */
    static void fitsTheScreen(Page page) {
        // a phone's layout viewport (window.innerWidth) grows to the content: the width is checked against the
        // screen the context was made with (390 px for a phone)
        int screen = page.viewportSize().width;
        // measured once the page has settled: its fonts loaded and two frames laid out
        page.evaluate("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => "
                + "requestAnimationFrame(r))))");
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        // on failure, say which elements reach past the screen, so that the page can be mended
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
                .as(() -> "wider than the screen on " + page.url() + ": " + page.evaluate(
                        "s => Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > s + 1).slice(0, 5)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)"
                        + " + ' ' + (e.textContent || '').trim().slice(0, 60))", screen))
                .isLessThanOrEqualTo(screen);
    }

    /** axe-core (the engine of Lighthouse's accessibility audit) finds no violation on the page. */
    static void accessible(Page page) {
        // evaluated through the DevTools protocol: the page's content security policy forbids inline scripts
        page.evaluate(Axe.SCRIPT);
        Object violations = page.evaluate("async () => (await axe.run(document)).violations"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        org.assertj.core.api.Assertions.assertThat((List<?>) violations).as(page.url()).isEmpty();
    }

    /** axe-core's script, read once from the test class path (the axe-core Playwright jar bundles it). */
    private static final class Axe {
        static final String SCRIPT = read();

        private static String read() {
            try (java.io.InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
