package org.kuzet.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.api.InvalidInput;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditLog;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The thread between editor and monitor on a record: kept in order, in the record's audit history, heard by its
 * watchers, shown to the desk on the staff page, and never to correspondents or the public (page, API, search).
 * Its own incidents, named uniquely.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommentsTest {

    @Autowired
    Comments comments;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Viewer editor = new Viewer("editor.dana." + run, Role.EDITOR);
    private final Viewer monitor = new Viewer("monitor.aigul." + run, Role.MONITOR);

    @Test
    void aThreadKeepsItsOrderStandsInTheRecordsHistoryAndIsHeardByItsWatcher() {
        String id = Long.toString(incident("Editor of a district newspaper questioned in Kostanay " + run, "draft"));
        jdbc.sql("insert into notification_watch (username, record_kind, record_id) values (?, 'incident', ?)")
                .params(monitor.username(), id).update();

        comments.add("incident", id, "Two sources only: please find the court's ruling.", editor);
        comments.add("incident", id, "Added the ruling of 12 March as a source.", monitor);

        assertThat(comments.on("incident", id, editor)).extracting(Comment::author)
                .containsExactly(editor.username(), monitor.username());
        assertThat(comments.on("incident", id, monitor).getFirst().text())
                .isEqualTo("Two sources only: please find the court's ruling.");
        AuditEntry first = audit.history("incident", id).stream()
                .filter(e -> e.action().equals("incident.commented")).findFirst().orElseThrow();
        assertThat(first.actor()).isEqualTo(editor.username());
        // the watcher hears of the editor's comment, not of their own
        assertThat(jdbc.sql("select actor from notification_heard where username = ? and record_id = ? "
                + "and action = 'incident.commented'").params(monitor.username(), id).query(String.class).list())
                .containsExactly(editor.username());
    }

    @Test
    void anEmptyCommentIsRefusedAndACorrespondentNeitherReadsNorWritesTheThread() {
        String id = Long.toString(incident("Blogger fined over a post in Oral " + run, "draft"));
        Viewer correspondent = new Viewer("correspondent.saule." + run, Role.CORRESPONDENT);
        comments.add("incident", id, "Check the fine's amount.", editor);

        assertThatThrownBy(() -> comments.add("incident", id, "   ", monitor)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> comments.add("incident", id, "x", correspondent))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(comments.on("incident", id, correspondent)).isEmpty();
        assertThat(comments.on("incident", id, Viewer.PUBLIC)).isEmpty();
        assertThat(comments.on("incident", id, monitor)).hasSize(1);
    }

    @Test
    void theDeskWritesOnTheStaffPageAndThePublicPageAndApiOfThePublishedIncidentNeverShowIt() throws Exception {
        long id = incident("Journalist denied accreditation in Astana " + run, "published");
        String secret = "Unconfirmed: the name of the press secretary " + run;

        mvc.perform(post("/staff/incidents/" + id + "/comments").param("text", secret).with(csrf())
                .with(user(editor.username()).roles("EDITOR"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/incidents/" + id + "/comments?lang=ru").param("text", "").with(csrf())
                .with(user(editor.username()).roles("EDITOR"))).andExpect(status().is3xxRedirection());

        assertThat(page("/staff/incidents/" + id, user(monitor.username()).roles("MONITOR"))).contains(secret,
                "Comments");
        assertThat(page("/staff/incidents/" + id, user("correspondent." + run).roles("CORRESPONDENT")))
                .doesNotContain(secret);
        assertThat(page("/incidents/" + id, null)).doesNotContain(secret).doesNotContain("comment-text");
        assertThat(page("/api/v1/incidents/" + id, null)).doesNotContain(secret);
        assertThat(comments.on("incident", Long.toString(id), editor)).hasSize(1);
    }

    @Test
    void aRefusedCommentComesBackBesideTheFieldInTheReadersLanguage() throws Exception {
        long id = incident("Cameraman pushed out of a court hearing in Shymkent " + run, "draft");
        var who = user(editor.username()).roles("EDITOR");

        // the refusal travels to the page in the session, which is found by its cookie (sessions live in PostgreSQL)
        jakarta.servlet.http.Cookie session = mvc.perform(post("/staff/incidents/" + id + "/comments?lang=ru")
                        .param("text", " ").with(csrf()).with(who))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("JSESSIONID");
        String shown = mvc.perform(get("/staff/incidents/" + id + "?lang=ru").cookie(session).with(who))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(shown).contains("Заполните это поле.", "aria-invalid=\"true\"");
        assertThat(comments.on("incident", Long.toString(id), editor)).isEmpty();
    }

    @Test
    void theAuthorChangesTheirCommentWhichThenSaysEditedAndTheHistoryKeepsWhatItSaidBefore() throws Exception {
        long id = incident("Photographer's camera seized at a rally in Aktobe " + run, "draft");
        Comment first = comments.add("incident", Long.toString(id), "Is the seizure on record?", monitor);

        String back = mvc.perform(post("/staff/comments/" + first.id() + "/edit?lang=kk")
                        .param("text", "Is the seizure on record? The police protocol is attached.").with(csrf())
                        .with(user(monitor.username()).roles("MONITOR")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(back).startsWith("/staff/incidents/" + id).endsWith("#comment-" + first.id());
        Comment changed = comments.on("incident", Long.toString(id), monitor).getFirst();
        assertThat(changed.text()).isEqualTo("Is the seizure on record? The police protocol is attached.");
        assertThat(changed.isEdited()).isTrue();
        assertThat(page("/staff/incidents/" + id + "?lang=kk", user(editor.username()).roles("EDITOR")))
                .contains("The police protocol is attached.", "өзгертілді");
        AuditEntry entry = audit.history("incident", Long.toString(id)).stream()
                .filter(e -> e.action().equals("incident.comment_edited")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo(monitor.username());
        assertThat(entry.before()).contains("Is the seizure on record?").doesNotContain("protocol");
        assertThat(entry.after()).contains("The police protocol is attached.");
    }

    @Test
    void aMonitorIsRefusedChangingOrDeletingAnEditorsCommentWithAPageInRussianAndNothingChanges() throws Exception {
        long id = incident("Editor-in-chief summoned for questioning in Taldykorgan " + run, "draft");
        Comment editors = comments.add("incident", Long.toString(id), "Wait for the lawyer's statement.", editor);
        var asMonitor = user(monitor.username()).roles("MONITOR");

        var edit = mvc.perform(post("/staff/comments/" + editors.id() + "/edit?lang=ru").param("text", "Publish now.")
                        .accept("text/html").with(csrf()).with(asMonitor))
                .andExpect(status().isForbidden()).andReturn().getResponse();
        assertThat(edit.getContentType()).startsWith("text/html");
        assertThat(edit.getContentAsString(StandardCharsets.UTF_8))
                .contains("Эта страница или действие недоступны вашей роли.").doesNotContain("\"status\"");
        mvc.perform(post("/staff/comments/" + editors.id() + "/delete?lang=ru").accept("text/html").with(csrf())
                .with(asMonitor)).andExpect(status().isForbidden());

        assertThat(comments.on("incident", Long.toString(id), monitor)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Wait for the lawyer's statement.");
            assertThat(c.isEdited()).isFalse();
            assertThat(c.mayEdit()).isFalse();
            assertThat(c.mayDelete()).isFalse();
        });
        // the page offers the monitor neither step on the editor's comment
        assertThat(page("/staff/incidents/" + id, asMonitor))
                .doesNotContain("/staff/comments/" + editors.id() + "/edit", "/staff/comments/" + editors.id() + "/delete");
        assertThat(audit.history("incident", Long.toString(id)))
                .noneMatch(e -> e.action().startsWith("incident.comment_"));
    }

    @Test
    void anEditorDeletesAMonitorsCommentOnACaseAndTheHistorySaysWhoAndWhatItSaid() throws Exception {
        long legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction)
                values (?, 'civil', 'pretrial', date '2024-01-15', 'day', 'against_media') returning id""")
                .param("Businessman v. online outlet " + run).query(Long.class).single();
        String id = Long.toString(legalCase);
        Comment mistaken = comments.add("legal_case", id, "Wrong case: this belongs to the Semey claim.", monitor);
        comments.add("legal_case", id, "Hearing moved to Friday.", monitor);

        String back = mvc.perform(post("/staff/comments/" + mistaken.id() + "/delete").with(csrf())
                        .with(user(editor.username()).roles("EDITOR")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(back).startsWith("/staff/cases/" + id).endsWith("#comments");
        assertThat(comments.on("legal_case", id, editor)).extracting(Comment::text)
                .containsExactly("Hearing moved to Friday.");
        AuditEntry entry = audit.history("legal_case", id).stream()
                .filter(e -> e.action().equals("legal_case.comment_deleted")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo(editor.username());
        assertThat(entry.before()).contains("Wrong case: this belongs to the Semey claim.", monitor.username());
        assertThat(entry.after()).isNull();
        // the author deletes their own too; a change emptying the text is refused beside the field, changing nothing
        Comment other = comments.on("legal_case", id, monitor).getFirst();
        mvc.perform(post("/staff/comments/" + other.id() + "/edit").param("text", " ").with(csrf())
                .with(user(monitor.username()).roles("MONITOR"))).andExpect(status().is3xxRedirection());
        assertThat(comments.on("legal_case", id, monitor).getFirst().text()).isEqualTo("Hearing moved to Friday.");
        comments.delete(other.id(), monitor);
        assertThat(comments.on("legal_case", id, monitor)).isEmpty();
    }

    private long incident(String title, String state) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, created_by)
                values (?, 'summary', date '2025-09-01', 'month', 'kz-astana', 'threats', ?,
                    case when ? = 'published' then now() end, 'correspondent.saule')
                returning id""").params(title, state, state).query(Long.class).single();
    }

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
