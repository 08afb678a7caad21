package org.kuzet.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** With no SMTP host set no mail leaves, yet the reminder of an overdue request is in the notifications, in Kazakh. */
@SpringBootTest
@AutoConfigureMockMvc
class DueRemindersWithoutMailTest {

    private static final String RECORDER = "editor.due-nomail";

    @Autowired
    DueReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theReminderIsShownThoughNoMailIsSent() throws Exception {
        long id = DueFixture.request(jdbc, RECORDER, "kk@example.org", "kk");
        reminders.remind(LocalDate.of(2026, 3, 22));
        reminders.remind(LocalDate.of(2026, 3, 23));
        assertThat(DueFixture.heard(jdbc, RECORDER, id)).containsExactly("inquiry.overdue");
        String page = mvc.perform(get("/staff/notifications").param("lang", "kk")
                .with(user(RECORDER).roles("EDITOR"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"mail-off\"", "/staff/inquiries/" + id, "Сұрау " + id,
                "Жауап беру мерзімі өтті");
    }
}
