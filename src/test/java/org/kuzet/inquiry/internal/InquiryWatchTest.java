package org.kuzet.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Watch" on a request to a state body, as on incidents and cases: the watcher hears of the term extended, the
 * request going overdue and its answer (a line each in their notifications), and not of other edits such as
 * publishing; whoever makes a change does not hear of it; unwatching stops the news.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InquiryWatchTest {

    private static final String WATCHER = "editor.watches-requests";
    private static final String RECORDER = "monitor.records-watched";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    DueReminders reminders;

    @Test
    void aWatcherHearsOfTheExtensionTheRequestGoingOverdueAndTheAnswer() throws Exception {
        RequestPostProcessor recorder = Staff.named(accounts, RECORDER, Role.MONITOR);
        Staff.named(accounts, WATCHER, Role.EDITOR);
        RequestPostProcessor publisher = Staff.named(accounts, "editor.publishes-watched", Role.EDITOR);
        long id = jdbc.sql("""
                insert into inquiry (kind, addressee_name, subject, sent_on, basis_code, deadline, created_by)
                values ('information_request', 'Akimat of Petropavl', 'Grants to newspapers', date '2026-03-02',
                        'access_to_information', date '2026-03-17', ?) returning id""").param(RECORDER)
                .query(Long.class).single();
        String path = "/staff/inquiries/" + id;

        // the request's page fetches the button; the button offers to watch, then to stop
        assertThat(page(path)).contains("/staff/notifications/watch?kind=inquiry&amp;id=" + id);
        String button = page("/staff/notifications/watch?kind=inquiry&id=" + id);
        assertThat(button).contains("name=\"on\" value=\"true\"");
        // the watch button alone, not the save-filter form kept in the same file
        assertThat(org.jsoup.Jsoup.parse(button).select("button")).hasSize(1);
        mvc.perform(post("/staff/notifications/watch").with(user(WATCHER).roles("EDITOR")).with(csrf())
                        .param("kind", "inquiry").param("id", Long.toString(id)).param("on", "true"))
                .andExpect(redirectedUrl(path));
        assertThat(page("/staff/notifications/watch?kind=inquiry&id=" + id)).contains("name=\"on\" value=\"false\"");

        send(recorder, "/api/v1/inquiries/" + id + "/extend", "");
        assertThat(heard(WATCHER, id)).containsExactly("inquiry.extended");
        // publishing is no news to the watcher
        send(publisher, "/api/v1/inquiries/" + id + "/publish", "");
        assertThat(heard(WATCHER, id)).containsExactly("inquiry.extended");

        // extended to 1 April: overdue on the 2nd, told to the recorder and the watcher once
        reminders.remind(LocalDate.of(2026, 4, 2));
        reminders.remind(LocalDate.of(2026, 4, 3));
        assertThat(heard(WATCHER, id)).containsExactly("inquiry.extended", "inquiry.overdue");
        assertThat(heard(RECORDER, id)).containsExactly("inquiry.overdue");

        send(recorder, "/api/v1/inquiries/" + id + "/answer",
                "{\"answered_on\": \"2026-04-06\", \"outcome\": \"answered\"}");
        assertThat(heard(WATCHER, id)).containsExactly("inquiry.extended", "inquiry.overdue", "inquiry.answered");
        assertThat(heard(RECORDER, id)).containsExactly("inquiry.overdue");
        assertThat(page("/staff/notifications")).contains(path, "Answer recorded", "Answer overdue", "Term extended");

        mvc.perform(post("/staff/notifications/watch").with(user(WATCHER).roles("EDITOR")).with(csrf())
                        .param("kind", "inquiry").param("id", Long.toString(id)).param("on", "false"))
                .andExpect(redirectedUrl(path));
        assertThat(jdbc.sql("select count(*) from notification_watch where username = ? and record_kind = 'inquiry'")
                .param(WATCHER).query(Long.class).single()).isZero();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(WATCHER).roles("EDITOR"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private void send(RequestPostProcessor who, String path, String body) throws Exception {
        mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    private java.util.List<String> heard(String username, long id) {
        return DueFixture.heard(jdbc, username, id);
    }
}
