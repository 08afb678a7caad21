package org.kuzet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.Pdfs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An editor makes a redacted copy of an evidence PDF on the staff page, checks it, publishes it and withdraws it;
 * the public gets the copy only while it is published, and never the original; every step has its audit entry. A
 * monitor may not make one; bad regions are named by their row, in the reader's language, and nothing is made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RedactionsTest {

    private static final RequestPostProcessor EDITOR = user("redact-editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceStore files;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorMakesPublishesAndWithdrawsACopyAndThePublicNeverGetsTheOriginal() throws Exception {
        String original = files.store(RedactionFixtures.letter("Witness: Serik Nurlanov, Uralsk",
                "The hearing of 5 March was closed to journalists."), "notice.pdf", "redact-editor").sha256();

        MockHttpServletResponse made = mvc.perform(make(original).with(EDITOR).param("words", "Nurlanov")
                .param("page", "", "", "").param("x", "", "", "").param("y", "", "", "")
                .param("width", "", "", "").param("height", "", "", "")).andReturn().getResponse();
        assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(302);
        assertThat(made.getRedirectedUrl()).isEqualTo("/staff/evidence/" + original + "/redact");
        long id = jdbc.sql("select id from evidence_redaction where original_sha256 = ?").param(original)
                .query(Long.class).single();
        String copy = jdbc.sql("select redacted_sha256 from evidence_redaction where id = ?").param(id)
                .query(String.class).single();
        assertThat(jdbc.sql("select words::text from evidence_redaction where id = ?").param(id).query(String.class)
                .single()).isEqualTo("[\"Nurlanov\"]");

        assertThat(mvc.perform(get("/evidence/redacted/" + copy).with(anonymous())).andReturn().getResponse()
                .getStatus()).as("not yet published").isEqualTo(404);
        assertThat(mvc.perform(post("/staff/evidence/" + original + "/redactions/" + id + "/publish").with(EDITOR)
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);

        MockHttpServletResponse shown = mvc.perform(get("/evidence/redacted/" + copy).with(anonymous()))
                .andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentType()).isEqualTo("application/pdf");
        assertThat(Pdfs.text(shown.getContentAsByteArray())).doesNotContain("Nurlanov")
                .contains("Witness: Serik", "Uralsk", "The hearing of 5 March was closed to journalists.");
        assertThat(mvc.perform(get("/evidence/redacted/" + original).with(anonymous())).andReturn().getResponse()
                .getStatus()).as("the original").isEqualTo(404);
        byte[] kept = java.nio.file.Files.readAllBytes(files.path(copy));
        java.nio.file.Files.write(files.path(copy), "changed on disk".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse tampered = mvc.perform(get("/evidence/redacted/" + copy).with(anonymous()))
                .andReturn().getResponse();
        java.nio.file.Files.write(files.path(copy), kept);
        assertThat(tampered.getStatus()).as("a copy changed on disk is not served").isEqualTo(409);
        assertThat(tampered.getContentAsString()).doesNotContain("changed on disk");
        assertThat(Pdfs.text(files.read(original))).as("the master is unchanged").contains("Nurlanov");

        mvc.perform(post("/staff/evidence/" + original + "/redactions/" + id + "/unpublish").with(EDITOR)
                .with(csrf()));
        assertThat(mvc.perform(get("/evidence/redacted/" + copy).with(anonymous())).andReturn().getResponse()
                .getStatus()).as("withdrawn").isEqualTo(404);
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'evidence_redaction' and entity_id = ?"
                + " order by seq").param(Long.toString(id)).query(String.class).list()).containsExactly(
                "evidence_redaction.made", "evidence_redaction.published", "evidence_redaction.withdrawn");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'file.stored' and entity_id = ?")
                .param(copy).query(Long.class).single()).isEqualTo(1);

        String page = mvc.perform(get("/staff/evidence/" + original + "/redact").with(EDITOR)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(copy, "redaction-" + id, "/staff/evidence/" + original + "/pages/1.png");
        MockHttpServletResponse preview = mvc.perform(get("/staff/evidence/" + original + "/pages/1.png")
                .with(EDITOR)).andReturn().getResponse();
        assertThat(preview.getContentType()).isEqualTo("image/png");
        assertThat(preview.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aMonitorMayNotMakeACopy() throws Exception {
        String original = files.store(RedactionFixtures.picture(40, 30, 0x336699), "photo.png", "redact-editor")
                .sha256();
        assertThat(mvc.perform(make(original).with(user("redact-monitor").roles("MONITOR")).param("method", "black")
                .param("x", "1").param("y", "1").param("width", "5").param("height", "5")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/evidence/" + original + "/redact").with(user("redact-monitor")
                .roles("MONITOR"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(count(original)).isZero();
    }

    @Test
    void badRegionsAreNamedByTheirRowInTheReadersLanguageAndNothingIsMade() throws Exception {
        String original = files.store(RedactionFixtures.picture(40, 30, 0x993366), "face.png", "redact-editor")
                .sha256();
        MockHttpServletResponse answer = mvc.perform(make(original).with(EDITOR).param("lang", "ru")
                .param("method", "blur").param("page", "1", "1").param("x", "abc", "10").param("y", "1", "5")
                .param("width", "5", "50").param("height", "5", "5")).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(400);
        String page = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"region-error-0\"", "числами", "id=\"region-error-1\"", "(40 × 30)");
        assertThat(count(original)).isZero();

        MockHttpServletResponse nothing = mvc.perform(make(original).with(EDITOR).param("lang", "kk")
                .param("method", "black")).andReturn().getResponse();
        assertThat(nothing.getStatus()).isEqualTo(400);
        assertThat(nothing.getContentAsString(StandardCharsets.UTF_8)).contains("Кемінде бір аймақты белгілеңіз");
        assertThat(count(original)).isZero();
    }

    private MockHttpServletRequestBuilder make(String original) {
        return post("/staff/evidence/" + original + "/redactions").with(csrf());
    }

    private long count(String original) {
        return jdbc.sql("select count(*) from evidence_redaction where original_sha256 = ?").param(original)
                .query(Long.class).single();
    }
}
