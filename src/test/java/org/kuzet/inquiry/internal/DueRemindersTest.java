package org.kuzet.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily check on fixed days of a request due on 20 March 2026: nothing while it is awaited, one reminder (a line
 * in the notifications and a mail from GreenMail, a real SMTP server) when it becomes due soon, none the next day,
 * one when it becomes overdue, none after; each in the recorder's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DueRemindersTest {

    private static final String RECORDER = "monitor.due-reminders";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("kuzet.smtp.host", () -> "localhost");
        registry.add("kuzet.smtp.port", () -> mail.getSmtp().getPort());
        registry.add("kuzet.notification.base-url", () -> "http://kuzet.test");
    }

    @Autowired
    DueReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void remindsOnceWhenDueSoonAndOnceWhenOverdue() throws Exception {
        long id = DueFixture.request(jdbc, RECORDER, "ru@example.org", "ru");

        reminders.remind(LocalDate.of(2026, 3, 10));
        assertThat(DueFixture.heard(jdbc, RECORDER, id)).isEmpty();
        assertThat(mailsTo("ru@example.org")).isEmpty();

        reminders.remind(LocalDate.of(2026, 3, 17));
        reminders.remind(LocalDate.of(2026, 3, 18));
        assertThat(DueFixture.heard(jdbc, RECORDER, id)).containsExactly("inquiry.due_soon");
        List<MimeMessage> soon = mailsTo("ru@example.org");
        assertThat(soon).hasSize(1);
        assertThat(soon.get(0).getSubject()).isEqualTo("Kuzet: скоро истекает срок ответа на «Расходы акимата на СМИ»");
        assertThat((String) soon.get(0).getContent()).contains("2026-03-20", "http://kuzet.test/staff/inquiries/" + id);

        reminders.remind(LocalDate.of(2026, 3, 21));
        reminders.remind(LocalDate.of(2026, 3, 25));
        assertThat(DueFixture.heard(jdbc, RECORDER, id)).containsExactly("inquiry.due_soon", "inquiry.overdue");
        List<MimeMessage> all = mailsTo("ru@example.org");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).getSubject()).isEqualTo("Kuzet: истёк срок ответа на «Расходы акимата на СМИ»");

        String page = mvc.perform(get("/staff/notifications").with(user(RECORDER).roles("MONITOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/staff/inquiries/" + id, "Request " + id, "Answer due soon", "Answer overdue");
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
