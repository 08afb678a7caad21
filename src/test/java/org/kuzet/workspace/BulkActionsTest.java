package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditLog;
import org.kuzet.incident.Incident;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.WorkflowState;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bulk actions of the staff incident list: each record goes through the incident door in its own transaction, a
 * refused one (four eyes, the wrong state, a missing note) is counted with why and stops nothing, each change has
 * its own audit entry, and only the actions a role may take are offered. Its own accounts and incidents.
 */
@SpringBootTest(properties = "kuzet.review.four-eyes=true") // as a service runs: whoever recorded it does not publish it
@AutoConfigureMockMvc
class BulkActionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    Incidents incidents;
    @Autowired
    BulkJobs jobs;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String monitor = "monitor.dana." + run;
    private final String editor = "editor.erlan." + run;

    @Test
    void anEditorPublishesThreeOfFiveAndIsToldWhyTheOtherTwoWereRefusedInRussian() throws Exception {
        long blogger = incident("Blogger fined over a post in Pavlodar " + run, "in_review", monitor);
        long radio = incident("Radio station warned in Semey " + run, "in_review", monitor);
        long camera = incident("Camera broken at a rally in Almaty " + run, "in_review", monitor);
        long own = incident("Editor's own report of a search in Kokshetau " + run, "in_review", editor);
        long draft = incident("Draft about a summons in Turkistan " + run, "draft", monitor);

        BulkJob job = finished(post("/staff/incidents/bulk").param("action", "publish")
                .param("ids", ids(blogger, radio, camera, own, draft)), editor, "EDITOR");

        assertThat(job.getDone()).isEqualTo(3);
        assertThat(job.getRefused()).extracting(BulkJob.Refusal::id).containsExactly(own, draft);
        assertThat(List.of(blogger, radio, camera)).allMatch(id -> state(id) == WorkflowState.PUBLISHED);
        assertThat(state(own)).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(state(draft)).isEqualTo(WorkflowState.DRAFT);
        for (long id : List.of(blogger, radio, camera)) {
            assertThat(audit.history("incident", Long.toString(id))).filteredOn(e -> e.action().equals("incident.published"))
                    .singleElement().extracting(AuditEntry::actor).isEqualTo(editor);
        }
        assertThat(audit.history("incident", Long.toString(own))).noneMatch(e -> e.action().equals("incident.published"));

        String page = page("/staff/incidents/bulk/" + job.getId() + "?lang=ru", editor, "EDITOR");
        assertThat(page).contains("Выполнено: 3", "Отказано: 2",
                "Вы сами записали это нарушение: проверяет и публикует его другой человек.",
                "Невозможно, пока статус «Черновик».")
                .doesNotContain("hx-trigger"); // finished: the page asks no more
    }

    @Test
    void aMonitorIsNotOfferedPublishingAndIsRefusedItWhenSendingItAnyway() throws Exception {
        long review = incident("Reporter detained at a court in Oral " + run, "in_review", "correspondent.saule");

        String list = page("/staff/incidents", monitor, "MONITOR");
        assertThat(list).contains("value=\"assign\"", "value=\"return\"", "value=\"submit\"")
                .doesNotContain("value=\"publish\"", "value=\"reject\"");
        mvc.perform(post("/staff/incidents/bulk").param("action", "publish").param("ids", ids(review))
                .with(csrf()).with(as(monitor, "MONITOR"))).andExpect(status().isForbidden());
        assertThat(state(review)).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void aRejectionWithoutAReasonDoesNotStartAndChangesNothing() throws Exception {
        long review = incident("Website blocked after a report on tariffs " + run, "in_review", monitor);

        String back = mvc.perform(post("/staff/incidents/bulk").param("action", "reject").param("ids", ids(review))
                        .param("text", "  ").param("lang", "kk").with(csrf()).with(as(editor, "EDITOR")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(back).startsWith("/staff/incidents?");
        assertThat(state(review)).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void categoriesAreAddedToOneDraftReplacedOnAnotherAndAPublishedOneWithoutANoteIsRefused() throws Exception {
        long added = incident("Journalist threatened by phone in Taraz " + run, "draft", monitor);
        long replaced = incident("Newspaper refused information in Atyrau " + run, "draft", monitor);
        jdbc.sql("insert into incident_category (incident_id, category_code) values (?, 'discrediting')")
                .param(added).update();
        jdbc.sql("insert into incident_category (incident_id, category_code) values (?, 'discrediting')")
                .param(replaced).update();
        long published = incident("Published threat against an editor in Aktau " + run, "published", monitor);

        BulkJob add = finished(post("/staff/incidents/bulk").param("action", "add-categories")
                .param("ids", ids(added, published)).param("bulkCategories", "attacks", "detention"), editor, "EDITOR");
        BulkJob replace = finished(post("/staff/incidents/bulk").param("action", "replace-categories")
                .param("ids", ids(replaced)).param("bulkCategories", "blocking"), editor, "EDITOR");

        assertThat(categories(added)).containsExactlyInAnyOrder("discrediting", "attacks", "detention");
        assertThat(categories(replaced)).containsExactly("blocking");
        assertThat(add.getDone()).isEqualTo(1);
        assertThat(replace.getDone()).isEqualTo(1);
        assertThat(add.getRefused()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(published);
            assertThat(r.reason().key()).isEqualTo("bulk.refused.note");
        });
        assertThat(categories(published)).isEmpty();
        assertThat(audit.history("incident", Long.toString(added))).filteredOn(e -> e.action().equals("incident.edited"))
                .hasSize(1);
    }

    @Test
    void allThatMatchTheFilterAreAssignedAndTheExportHoldsThemWithAFormulaDefused() throws Exception {
        accounts.create(monitor, "Dana", "correct horse battery", Role.MONITOR);
        long first = incident("=HYPERLINK(\"x\") Photographer pushed in Ekibastuz " + run, "draft", "correspondent.saule");
        long second = incident("Editor summoned in Zhezkazgan " + run, "in_review", "correspondent.saule");
        // the filter: a month nobody else records anything in, by these fixtures' dates
        jdbc.sql("update incident set occurred_on = date '1994-02-01' where id in (?, ?)").params(first, second).update();
        long outside = incident("Outside the filter in Zhezkazgan " + run, "draft", "correspondent.saule");

        BulkJob job = finished(post("/staff/incidents/bulk").param("action", "assign").param("all", "true")
                .param("month", "1994-02").param("assignee", monitor), editor, "EDITOR");

        assertThat(job.getTotal()).isEqualTo(2);
        assertThat(incidents.assignee(first)).contains(monitor);
        assertThat(incidents.assignee(second)).contains(monitor);
        assertThat(incidents.assignee(outside)).isEmpty();

        String csv = mvc.perform(post("/staff/incidents/bulk/export").param("all", "true").param("month", "1994-02")
                        .with(csrf()).with(as(editor, "EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,state,date,title").contains("'=HYPERLINK", "Editor summoned in Zhezkazgan " + run,
                ",in_review,").doesNotContain("Outside the filter");
    }

    /** Starts the bulk action as this person and waits for it to finish (the job runs on its own thread). */
    private BulkJob finished(MockHttpServletRequestBuilder request, String name, String role) throws Exception {
        String location = mvc.perform(request.with(csrf()).with(as(name, role)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/incidents/bulk/");
        UUID id = UUID.fromString(location.substring("/staff/incidents/bulk/".length(), location.indexOf('?')));
        BulkJob job = jobs.find(id, new Viewer(name, Role.valueOf(role))).orElseThrow();
        assertThat(job.awaitFinished(Duration.ofSeconds(60))).isTrue();
        return job;
    }

    private long incident(String title, String state, String createdBy) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, created_by, published_at, published_by)
                values (?, 'What happened, as the fixture says.', date '2025-09-01', 'month', 'kz-astana', 'threats',
                    ?, ?, case when ? = 'published' then now() end, case when ? = 'published' then 'editor.first' end)
                returning id""").params(title, state, createdBy, state, state).query(Long.class).single();
    }

    private WorkflowState state(long id) {
        return incidents.find(id).map(Incident::state).orElseThrow();
    }

    private List<String> categories(long id) {
        return incidents.find(id).orElseThrow().content().categories();
    }

    private static String[] ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(Long::toString).toArray(String[]::new);
    }

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    private String page(String url, String name, String role) throws Exception {
        return mvc.perform(get(url).with(as(name, role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
