package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kuzet.core.Sha256;
import org.kuzet.intake.SentSubmission;
import org.kuzet.intake.Submissions;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A correspondent on a phone (390 px, in Russian) with a bad connection: the report page opens from the phone's
 * copy when the network is gone, a report with a photo sent offline waits on the phone (nothing reaches the
 * server), and goes out by itself when the network returns; its page then shows the photo's SHA-256 (in Kazakh).
 */
class PhoneReportJourneyTest extends JourneySupport {

    private static final String CORRESPONDENT = "correspondent.phone-journey";

    @Autowired
    Submissions submissions;

    @Test
    void aReportSentWithoutNetworkWaitsOnThePhoneAndGoesWhenTheNetworkReturns() throws IOException {
        staffMember(CORRESPONDENT, "Phone journey correspondent", Role.CORRESPONDENT);
        Viewer me = new Viewer(CORRESPONDENT, Role.CORRESPONDENT);
        int before = submissions.mine(me).size();
        String mark = UUID.randomUUID().toString().substring(0, 6);
        byte[] photo = png();

        Page phone = browser.phone(base());
        Browser.logIn(phone, CORRESPONDENT, PASSWORD);
        phone.navigate("/staff/submissions/new?lang=ru");
        assertThat(phone.locator("h1")).hasText("Сообщение с места");
        phone.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        Browser.fitsTheScreen(phone);
        Browser.accessible(phone);

        phone.context().setOffline(true);
        phone.reload();
        assertThat(phone.locator("h1")).hasText("Сообщение с места");
        org.assertj.core.api.Assertions.assertThat(phone.evaluate("() => navigator.serviceWorker.controller !== null"))
                .as("the page came from the service worker's copy").isEqualTo(true);

        phone.getByLabel("Что произошло").fill("Журналиста " + mark + " задержали у здания суда в Уральске");
        phone.getByLabel("Когда").fill("12 марта 2024");
        phone.getByLabel("Где").fill("Уральск");
        phone.getByLabel("Фото или документы").setInputFiles(new FilePayload("court.png", "image/png", photo));
        phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Отправить")).click();
        assertThat(phone.locator("#outbox-status")).containsText("Сохранено на телефоне");
        assertThat(phone.getByLabel("Что произошло")).isEmpty();
        Browser.screenshot(phone, "phone-report-kept-offline");
        org.assertj.core.api.Assertions.assertThat(submissions.mine(me)).as("nothing reached the server offline")
                .hasSize(before);

        phone.context().setOffline(false);
        phone.evaluate("() => window.dispatchEvent(new Event('online'))");
        // the report is read by the triage model on its way in: on a busy machine that takes a while
        assertThat(phone.locator("#outbox-status")).containsText("Отправлено в службу: 1",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        List<SentSubmission> mine = submissions.mine(me);
        org.assertj.core.api.Assertions.assertThat(mine).hasSize(before + 1);
        SentSubmission sent = mine.getFirst();
        org.assertj.core.api.Assertions.assertThat(sent.what()).contains(mark);
        org.assertj.core.api.Assertions.assertThat(sent.channel()).isEqualTo("phone");
        org.assertj.core.api.Assertions.assertThat(sent.files()).singleElement()
                .satisfies(f -> org.assertj.core.api.Assertions.assertThat(f.sha256()).isEqualTo(Sha256.hex(photo)));

        phone.navigate("/staff/submissions/" + sent.id() + "?lang=kk");
        assertThat(phone.locator("h1")).hasText(sent.id() + "-хабар");
        assertThat(phone.locator("#files")).containsText(Sha256.hex(photo));
        Browser.fitsTheScreen(phone);
        Browser.accessible(phone);
        Browser.screenshot(phone, "phone-report-submission-kk");
        phone.navigate("/staff/submissions?lang=kk");
        assertThat(phone.locator("#submissions")).containsText(mark);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(12, 9, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 4, 0xcc3333);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
