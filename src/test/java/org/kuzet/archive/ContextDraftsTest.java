package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Context events read from an archived report come in as drafts through the context module's door: hidden from the
 * public (the event, and the report as its source) until a monitor publishes it on the review page; a correspondent
 * cannot; importing the same file again changes nothing, and another file telling the same event links to it.
 * Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ContextDraftsTest {

    /** Written for this test. */
    private static final String REPORT = """
            Violations of freedom of speech in Kazakhstan May 2013

            May 4: In the first reading, deputies of the Majilis approved the draft law "On amendments to the law on mass media in the part of accreditation of foreign correspondents".
            """;

    @Autowired
    ArchiveImport archive;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static Extraction read(String name, String text) {
        return Reports.EXTRACTOR.extract(name, ReportText.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private long contextEvents() {
        return jdbc.sql("select count(*) from context_event").query(Long.class).single();
    }

    @Test
    void aContextEventFromAnArchivedReportWaitsForAMonitor() throws Exception {
        Extraction may = read("may-2013.txt", REPORT);
        assertThat(may.items()).singleElement().satisfies(i -> assertThat(i.context()).isTrue());
        ArchiveImport.Outcome stored = archive.store(may, "archive-import");
        assertThat(stored.contextEvents()).isEqualTo(1);
        long id = jdbc.sql("select context_event_id from archive_item where report_id = ?").param(stored.reportId())
                .query(Long.class).single();
        long source = jdbc.sql("select source_id from archive_report where id = ?").param(stored.reportId())
                .query(Long.class).single();
        assertThat(jdbc.sql("select published_at is null from context_event where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();

        // a draft: not there for the public, nor is the report it cites; there for monitors, marked as a draft
        mvc.perform(get("/api/v1/context-events/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/context-events").param("from", "2013-05-01").param("to", "2013-05-31"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/sources/" + source)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/context-events/" + id).with(user("monitor.context").roles("MONITOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("draft"));

        String page = mvc.perform(get("/staff/context-drafts").param("lang", "ru")
                        .with(user("monitor.context").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("context-draft-" + id, "accreditation of foreign correspondents",
                "чтение в парламенте", "2013-05-04", "Опубликовать");

        mvc.perform(post("/staff/context-drafts/" + id + "/publish").with(csrf())
                .with(user("correspondent.context").roles("CORRESPONDENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/context-drafts/" + id + "/publish").param("lang", "kk").with(csrf())
                        .with(user("monitor.context").roles("MONITOR")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/context-events/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("published"));
        mvc.perform(get("/api/v1/sources/" + source)).andExpect(status().isOk());
        assertThat(jdbc.sql("select published_by from context_event where id = ?").param(id).query(String.class)
                .single()).isEqualTo("monitor.context");
        // published once: a second time there is no draft to publish
        mvc.perform(post("/staff/context-drafts/" + id + "/publish").with(csrf())
                .with(user("monitor.context").roles("MONITOR"))).andExpect(status().isNotFound());
    }

    @Test
    void importingAgainChangesNothingAndAnotherReportOfTheSameEventLinksToIt() {
        ArchiveImport.Outcome first = archive.store(read("may-2013.txt", REPORT), "archive-import");
        long events = contextEvents();
        long id = jdbc.sql("select context_event_id from archive_item where report_id = ?").param(first.reportId())
                .query(Long.class).single();

        assertThat(archive.store(read("may-2013.txt", REPORT), "archive-import").alreadyImported()).isTrue();
        assertThat(contextEvents()).isEqualTo(events);

        // the same report saved again with another line ending: another file, the same event
        ArchiveImport.Outcome copy = archive.store(read("may-2013-copy.txt", REPORT + "\n"), "archive-import");
        assertThat(copy.alreadyImported()).isFalse();
        assertThat(contextEvents()).isEqualTo(events);
        assertThat(jdbc.sql("select context_event_id from archive_item where report_id = ?").param(copy.reportId())
                .query(Long.class).single()).isEqualTo(id);
        assertThat(jdbc.sql("select published_at is null from context_event where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }
}
