package org.kuzet.report;

import org.kuzet.report.internal.Kazakh;
import org.kuzet.report.internal.English;
import org.kuzet.report.internal.Russian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A published monthly report's PDF is PDF/A-3 as veraPDF checks it, in English, Russian and Kazakh: fonts
 * embedded, its metadata naming title, period, version, SHA-256 and language, the figures' JSON attached and equal
 * to the JSON download; the Markdown, CSV and JSON of the same version name the same version and hash. Works on
 * June 2021, a month of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArchiveReportTest {

    private static final String PERIOD = "2021-06";
    private static final String PASSWORD = "archive report password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ObjectMapper json;

    @Test
    void thePublishedReportIsPdfAInEveryLanguageAndEveryFormatNamesTheSameVersion() throws Exception {
        if (!accounts.exists("archive-editor")) {
            accounts.create("archive-editor", "Archive editor", PASSWORD, Role.EDITOR);
        }
        Fixtures fx = new Fixtures(jdbc);
        fx.published("2021-06-09", "detention", "kz-almaty", "Reporter held overnight after filming a protest");
        fx.published("2021-06-21", "refusal_of_information", "kz-aktobe", "Akimat would not name its contractors");
        JsonNode published = json.readTree(mvc.perform(post("/api/v1/reports/" + PERIOD + "/publish")
                .with(httpBasic("archive-editor", PASSWORD))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString());
        int version = published.get("version").asInt();
        String sha = published.get("sha256").asString();

        String figures = download(".json", "en");
        JsonNode figuresJson = json.readTree(figures);
        assertThat(figuresJson.get("version").asInt()).isEqualTo(version);
        assertThat(figuresJson.get("sha256").asString()).isEqualTo(sha);
        assertThat(download(".md", "ru")).contains("Version " + version + " · SHA-256 `" + sha + "`");
        assertThat(download(".csv", "kk").lines().toList())
                .first().isEqualTo("period,figure,value,version,sha256");
        assertThat(download(".csv", "kk").lines().skip(1).toList())
                .allSatisfy(line -> assertThat(line).endsWith("," + version + "," + sha));

        for (String lang : List.of("en", "ru", "kk")) {
            byte[] pdf = mvc.perform(get("/api/v1/reports/" + PERIOD + ".pdf").param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(org.kuzet.Pdfs.pdfaFailures(pdf)).as("veraPDF, %s", lang).isEmpty();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(lang);
                assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
                assertThat(document.getDocumentInformation().getKeywords())
                        .contains("period=" + PERIOD, "version=" + version, "sha256=" + sha, "lang=" + lang);
                String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                        StandardCharsets.UTF_8);
                assertThat(xmp).contains("sha256:" + sha, "<rdf:li>" + lang + "</rdf:li>", "pdfaid:part");
                PDComplexFileSpecification attached = document.getDocumentCatalog().getNames().getEmbeddedFiles()
                        .getNames().values().iterator().next();
                assertThat(json.readTree(attached.getEmbeddedFile().toByteArray())).isEqualTo(figuresJson);
                // the text is really there in the language's own letters (embedded DejaVu Sans)
                String text = new PDFTextStripper().getText(document);
                assertThat(text).doesNotContain("#####");
                if (!lang.equals("en")) {
                    assertThat(text).containsPattern("[а-яА-Я]");
                }
            }
        }
    }

    private String download(String suffix, String lang) throws Exception {
        return mvc.perform(get("/api/v1/reports/" + PERIOD + suffix).param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
