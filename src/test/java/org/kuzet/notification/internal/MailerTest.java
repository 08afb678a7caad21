package org.kuzet.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** With no SMTP host set nothing is sent, and nothing fails. */
class MailerTest {

    @Test
    void noHostNoMail() {
        for (String host : new String[] {null, "", "  "}) {
            Mailer mailer = new Mailer(new MailSettings(host, null, null, null, null, null));
            assertThat(mailer.enabled()).isFalse();
            assertThat(mailer.send("someone@example.org", "subject", "text")).isFalse();
        }
    }
}
