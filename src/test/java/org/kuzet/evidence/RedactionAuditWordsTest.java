package org.kuzet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail names what happened to a redacted copy in the reader's language: it read
 * "evidence_redaction.published" and "evidence_redaction 1" on a Kazakh page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RedactionAuditWordsTest {

    private static final Viewer EDITOR = new Viewer("audit-words-editor", Role.EDITOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceStore files;
    @Autowired
    Redactions redactions;

    @Test
    void madePublishedAndWithdrawnAreSaidInKazakh() throws Exception {
        String original = files.store(RedactionFixtures.picture(41, 29, 0x884422), "audit-words.png",
                EDITOR.username()).sha256();
        Redaction copy = redactions.make(original, new Redactions.Request("black",
                List.of(new Redactions.RegionText("1", "2", "3", "10", "10")), null), EDITOR);
        redactions.publish(copy.id(), EDITOR);
        redactions.withdraw(copy.id(), EDITOR);

        Document trail = Jsoup.parse(mvc.perform(get("/staff/audit").param("kind", "evidence_redaction")
                .param("id", Long.toString(copy.id())).param("lang", "kk").with(user("admin.audit-words")
                .roles("ADMIN"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(trail.select("table.audit tbody tr td:nth-child(3)").eachText()).containsExactly(
                "Жасырылған көшірме жариялаудан алынды", "Жасырылған көшірме жарияланды",
                "Жасырылған көшірме жасалды");
        assertThat(trail.select("table.audit tbody tr td:nth-child(4)").eachText())
                .containsOnly("Деректері жасырылған көшірме " + copy.id());
        assertThat(trail.select("table.audit").text()).doesNotContain("evidence_redaction");
    }
}
