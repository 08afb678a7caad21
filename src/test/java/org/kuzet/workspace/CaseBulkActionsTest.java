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
import org.kuzet.legalcase.LegalCases;
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
 * Bulk actions of the staff legal case list, on the incident list's machinery: cases ticked or all that match the
 * list's filter are closed or assigned in the background, each through the case door with its own audit entry; a
 * case closed already is refused with why, in the reader's language; the export holds what the filter selects. Its
 * own accounts and cases, found by a word of this run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseBulkActionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    LegalCases cases;
    @Autowired
    BulkJobs jobs;

    private final String run = "r" + UUID.randomUUID().toString().substring(0, 8);
    private final String monitor = "monitor.asel." + run;

    @Test
    void aMonitorClosesThreeCasesAndIsToldInKazakhWhyTheOneClosedAlreadyWasRefused() throws Exception {
        long defamation = legalCase("Akimat v. weekly over a report on roads " + run, "civil", "first_instance");
        long fine = legalCase("Blogger fined for an unregistered rally " + run, "administrative", "pretrial");
        long insult = legalCase("Insult of an official: editor charged " + run, "criminal", "appeal");
        long closed = legalCase("Claim withdrawn by a ministry " + run, "civil", "closed");

        BulkJob job = finished(post("/staff/cases/bulk").param("action", "close")
                .param("ids", ids(defamation, fine, insult, closed)).param("text", "Parties settled out of court"));

        assertThat(job.getDone()).isEqualTo(3);
        assertThat(job.getRefused()).extracting(BulkJob.Refusal::id).containsExactly(closed);
        for (long id : List.of(defamation, fine, insult)) {
            assertThat(stage(id)).isEqualTo("closed");
            assertThat(audit.history(LegalCases.TABLE, Long.toString(id)))
                    .filteredOn(e -> e.action().equals("legal_case.event_added")).singleElement()
                    .extracting(AuditEntry::actor).isEqualTo(monitor);
        }
        assertThat(jdbc.sql("select description from legal_case_event where case_id = ? and kind = 'closed'")
                .param(fine).query(String.class).single()).isEqualTo("Parties settled out of court");
        assertThat(audit.history(LegalCases.TABLE, Long.toString(closed))).isEmpty();

        String page = page("/staff/cases/bulk/" + job.getId() + "?lang=kk");
        assertThat(page).contains("Орындалды: 3", "Бас тартылды: 1", "Іс әлдеқашан жабылған.",
                "Claim withdrawn by a ministry " + run, "href=\"/staff/cases/" + closed)
                .doesNotContain("hx-trigger");
    }

    @Test
    void allCasesThatMatchTheFilterAreAssignedAndExportedAndNoOtherIs() throws Exception {
        accounts.create(monitor, "Asel", "correct horse battery", Role.MONITOR);
        long first = legalCase("Newspaper sued over a mayor's photo " + run, "civil", "first_instance");
        long second = legalCase("TV channel sued over a broadcast " + run, "civil", "appeal");
        long criminal = legalCase("Journalist charged with false information " + run, "criminal", "pretrial");

        String list = page("/staff/cases?q=" + run + "&kind=civil&lang=ru");
        assertThat(list).contains("Найдено 2 дела", "value=\"assign\"", "value=\"close\"",
                "Или все подходящие под фильтр: 2 дела")
                .doesNotContain("Journalist charged with false information " + run);

        BulkJob job = finished(post("/staff/cases/bulk").param("action", "assign").param("all", "true")
                .param("q", run).param("kind", "civil").param("assignee", monitor));

        assertThat(job.getTotal()).isEqualTo(2);
        assertThat(cases.assignee(first)).contains(monitor);
        assertThat(cases.assignee(second)).contains(monitor);
        assertThat(cases.assignee(criminal)).isEmpty();
        assertThat(audit.history(LegalCases.TABLE, Long.toString(first)))
                .filteredOn(e -> e.action().equals("legal_case.assigned")).hasSize(1);

        String csv = mvc.perform(post("/staff/cases/bulk/export").param("all", "true").param("q", run)
                        .param("kind", "civil").with(csrf()).with(me()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("id,external_id,title,kind,stage", "Newspaper sued over a mayor's photo " + run,
                "TV channel sued over a broadcast " + run, monitor).doesNotContain("false information");
    }

    @Test
    void nothingTickedGoesBackToTheListAndACorrespondentCannotStartAnything() throws Exception {
        long open = legalCase("Reporter sued by a businessman " + run, "civil", "pretrial");

        String back = mvc.perform(post("/staff/cases/bulk").param("action", "close").param("q", run)
                        .param("lang", "ru").with(csrf()).with(me()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).startsWith("/staff/cases?q=" + run).contains("lang=ru");

        mvc.perform(post("/staff/cases/bulk").param("action", "close").param("ids", ids(open)).with(csrf())
                .with(user("correspondent.bulk." + run).roles("CORRESPONDENT"))).andExpect(status().isForbidden());
        // an action cases do not have
        mvc.perform(post("/staff/cases/bulk").param("action", "publish").param("ids", ids(open)).with(csrf())
                .with(user("editor.bulk." + run).roles("EDITOR"))).andExpect(status().isBadRequest());
        assertThat(stage(open)).isEqualTo("pretrial");
    }

    /** Starts the bulk action as the monitor and waits for it to finish (the job runs on its own thread). */
    private BulkJob finished(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request.with(csrf()).with(me()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/cases/bulk/");
        UUID id = UUID.fromString(location.substring("/staff/cases/bulk/".length(), location.indexOf('?')));
        BulkJob job = jobs.find(id, new Viewer(monitor, Role.MONITOR)).orElseThrow();
        assertThat(job.awaitFinished(Duration.ofSeconds(60))).isTrue();
        return job;
    }

    private long legalCase(String title, String kind, String stage) {
        return jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction)
                values (?, ?, ?, date '2023-04-10', 'day', 'against_media') returning id""")
                .params(title, kind, stage).query(Long.class).single();
    }

    private String stage(long id) {
        return jdbc.sql("select stage from legal_case where id = ?").param(id).query(String.class).single();
    }

    private static String[] ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(Long::toString).toArray(String[]::new);
    }

    private RequestPostProcessor me() {
        return user(monitor).roles("MONITOR");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(me())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
