package org.kuzet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without an SMTP host no mail leaves and the workspace says so, in the reader's language; a feed address nobody
 * was given finds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoMailServerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theNotificationsPageSaysNoMailIsSent() throws Exception {
        String english = mvc.perform(get("/staff/notifications").with(user("m.nomail").roles("MONITOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("id=\"mail-off\"", "No mail is sent", "KUZET_SMTP_HOST");
        String russian = mvc.perform(get("/staff/notifications").param("lang", "ru")
                .with(user("m.nomail").roles("MONITOR"))).andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Почта не отправляется");
    }

    @Test
    void anUnknownFeedIsNotFoundAndNeedsNoSignIn() throws Exception {
        assertThat(mvc.perform(get("/feeds/filters/no-such-token")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
