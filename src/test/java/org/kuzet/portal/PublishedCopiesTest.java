package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kuzet.TestData;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.Redaction;
import org.kuzet.evidence.RedactionFixtures;
import org.kuzet.evidence.Redactions;
import org.kuzet.incident.EvidenceFile;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A published incident's public page lists the redacted copies of its evidence an editor published, in the
 * visitor's language, and links to them alone: never to an original, which the public cannot get by its address
 * either. A withdrawn copy is gone from the page and from its address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishedCopiesTest {

    private static final Viewer EDITOR = new Viewer("copies-editor", Role.EDITOR);
    /** The words each language labels a redacted picture with. */
    private static final Map<String, String> LABELS = Map.of("en", "Picture, redacted for publication",
            "ru", "Изображение, подготовленное к публикации", "kk", "Жариялауға дайындалған сурет");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvidenceStore files;
    @Autowired
    Redactions redactions;
    @Autowired
    IncidentDesk desk;

    @Test
    void thePublicPageLinksToPublishedCopiesOnlyAndLosesAWithdrawnOne() throws Exception {
        long incident = publishedIncident();
        // a photo of 53 by 37 pixels, its face region blacked out in the copy; its file name names the person
        String original = files.store(RedactionFixtures.picture(53, 37, 0x3366AA), "Serik Nurlanov face.png",
                EDITOR.username()).sha256();
        desk.attachEvidence(incident, List.of(new EvidenceFile(original, "Serik Nurlanov face.png")), EDITOR);
        Redaction copy = redactions.make(original, new Redactions.Request("black",
                List.of(new Redactions.RegionText("1", "10", "5", "20", "20")), null), EDITOR);
        assertThat(page(incident, "en").select("#copies")).as("not published yet").isEmpty();

        redactions.publish(copy.id(), EDITOR);
        for (String lang : List.of("en", "ru", "kk")) {
            Document page = page(incident, lang);
            // the page's links carry the visitor's language; the file does not care
            assertThat(page.select("#copies a").eachAttr("href")).as(lang).singleElement().asString()
                    .startsWith("/evidence/redacted/" + copy.redactedSha256());
            assertThat(page.select("#copies a").text()).as(lang).startsWith(LABELS.get(lang));
            assertThat(page.html()).as(lang).doesNotContain(original).doesNotContain("Nurlanov");
        }
        assertThat(printed(incident, "ru")).as("the printable page")
                .contains(LABELS.get("ru").replace(" ", ""), "/evidence/redacted/" + copy.redactedSha256())
                .doesNotContain(original).doesNotContain("Nurlanov");
        String api = mvc.perform(get("/api/v1/incidents/" + incident).with(anonymous())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(api, "$.published_copies[*].path"))
                .containsExactly("/evidence/redacted/" + copy.redactedSha256());
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(api, "$.published_copies[*].kind"))
                .containsExactly("picture");
        assertThat(api).as("the API answer").doesNotContain(original).doesNotContain("Nurlanov");
        assertThat(status("/evidence/redacted/" + copy.redactedSha256())).isEqualTo(200);
        assertThat(status("/evidence/redacted/" + original)).as("the original by the public address").isEqualTo(404);
        assertThat(status("/api/v1/files/" + original)).as("the original by the staff's address").isIn(401, 404);

        redactions.withdraw(copy.id(), EDITOR);
        assertThat(page(incident, "en").select("#copies")).as("withdrawn").isEmpty();
        assertThat(printed(incident, "en")).as("withdrawn, printed").doesNotContain(copy.redactedSha256());
        mvc.perform(get("/api/v1/incidents/" + incident).with(anonymous())).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.published_copies")
                        .isEmpty());
        assertThat(status("/evidence/redacted/" + copy.redactedSha256())).isEqualTo(404);
    }

    private long publishedIncident() {
        return jdbc.sql("""
                insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                      primary_category, workflow_state, created_by, published_at, published_by)
                values (?, 'A photographer detained in Oral', 'Summary', date '2019-03-05', 'day',
                        'kz-oral', 'threats', 'published', ?, now(), ?) returning id""")
                .params(TestData.unique("copies-incident"), EDITOR.username(), EDITOR.username()).query(Long.class)
                .single();
    }

    private Document page(long incident, String lang) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/incidents/" + incident).param("lang", lang)
                .with(anonymous())).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        return Jsoup.parse(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private String printed(long incident, String lang) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/incidents/" + incident + ".pdf").param("lang", lang)
                .with(anonymous())).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        // a long address may be broken across lines in print
        return org.kuzet.Pdfs.text(answer.getContentAsByteArray()).replaceAll("\\s+", "");
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path).with(anonymous())).andReturn().getResponse().getStatus();
    }
}
