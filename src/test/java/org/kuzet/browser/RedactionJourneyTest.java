package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.RedactionFixtures;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor blacks out a region of a photograph in a real Chromium: drags a rectangle on the preview (the script
 * fills a row of numbers), makes the copy and publishes it; the public address then gives the copy with the region
 * black and the rest as it was. The page is checked for accessibility, and in Kazakh at phone width it fits the
 * screen.
 */
class RedactionJourneyTest extends JourneySupport {

    private static final String EDITOR = "editor.redaction-journey";

    @Autowired
    EvidenceStore files;

    @Test
    void anEditorDragsARegionMakesTheCopyAndPublishesIt() throws Exception {
        staffMember(EDITOR, "Redaction journey editor", Role.EDITOR);
        // a 300 x 200 picture in one colour, a distinct one per run so that its copy is a file of its own
        int colour = 0x2060a0 + (int) (System.nanoTime() % 64);
        String original = files.store(RedactionFixtures.picture(300, 200, colour), "street.png", EDITOR).sha256();
        Page page = browser.page(base());
        Browser.logIn(page, EDITOR, PASSWORD);
        page.navigate("/staff/evidence/" + original + "/redact");
        page.waitForFunction("() => { const i = document.querySelector('.redact-stage img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        page.evaluate("() => window.scrollTo(0, document.querySelector('.redact-stage').getBoundingClientRect().top"
                + " + window.scrollY - 20)");
        BoundingBox shown = page.locator(".redact-stage img").boundingBox();
        // from a quarter to a half of the picture's width and height, as drawn
        page.mouse().move(shown.x + shown.width * 0.25, shown.y + shown.height * 0.25);
        page.mouse().down();
        page.mouse().move(shown.x + shown.width * 0.5, shown.y + shown.height * 0.5,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        double x = Double.parseDouble(page.inputValue("#x-0"));
        double width = Double.parseDouble(page.inputValue("#width-0"));
        org.assertj.core.api.Assertions.assertThat(x).isCloseTo(75, org.assertj.core.data.Offset.offset(2.0));
        org.assertj.core.api.Assertions.assertThat(width).isCloseTo(75, org.assertj.core.data.Offset.offset(2.0));
        Browser.accessible(page);
        Browser.screenshot(page, "redaction-region-drawn");

        page.locator("#redact-form button[type=submit]").click();
        assertThat(page.locator("section.redact p.notice")).containsText("The copy is made");
        page.locator("article.redaction form button").click();
        assertThat(page.locator("section.redact p.notice")).containsText("The copy is published");
        String address = page.locator("article.redaction a[href^='/evidence/redacted/']").getAttribute("href");

        APIResponse copy = page.context().browser().newContext().request().get(base() + address);
        org.assertj.core.api.Assertions.assertThat(copy.status()).isEqualTo(200);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(copy.body()));
        org.assertj.core.api.Assertions.assertThat(picture.getRGB(110, 70) & 0xffffff).as("in the region").isZero();
        org.assertj.core.api.Assertions.assertThat(picture.getRGB(250, 170) & 0xffffff).as("outside it")
                .isEqualTo(colour);

        Page phone = browser.phone(base());
        Browser.logIn(phone, EDITOR, PASSWORD);
        phone.navigate("/staff/evidence/" + original + "/redact?lang=kk");
        assertThat(phone.locator("h1")).containsText("Жариялауға арналған жасырылған көшірме");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "redaction-kazakh-phone");
    }
}
