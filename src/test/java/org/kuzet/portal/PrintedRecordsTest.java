package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.Pdfs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An incident, a legal case and a report print as PDF with the reports' machinery: the text read back with PDFBox
 * holds every Kazakh and Russian letter, the facts, the public sources only and the "cite this" line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrintedRecordsTest {

    /** Every letter Kazakh adds to the Russian alphabet, in words of a title. */
    private static final String KAZAKH_TITLE = "Өскемен қаласы әкімдігі тілшіні жаңалық үшін ғимаратқа кіргізбеді, "
            + "ұрысты; Һ әрпі де басылады";
    private static final String PERIOD = "2011-08";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long id;

    @BeforeEach
    void fixture() {
        id = jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, revision, people_affected, confidential_notes)
                values (?, 'Тілшіні ғимаратқа кіргізбеді.', date '2024-03-12', 'day', 'kz-oskemen',
                    'interference_professional_activity', 'published', now(), 2, 3, 'only staff read this note')
                returning id""").param(KAZAKH_TITLE).query(Long.class).single();
        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind, contact) "
                + "values (?, 0, 'Айгүл Серікқызы', 'journalist', '+7 700 000 00 99')").param(id).update();
        long open = source("media_article", "Өскемен жаңалықтары", "https://news.example/oskemen", false);
        long hidden = source("media_article", "A tip kept secret", "https://hidden.example/tip", true);
        jdbc.sql("insert into incident_source values (?, ?), (?, ?)").params(id, open, id, hidden).update();
    }

    @AfterEach
    void removeReport() {
        jdbc.sql("alter table report_version disable trigger report_version_immutable").update();
        jdbc.sql("delete from report_version where period = ?").param(PERIOD).update();
        jdbc.sql("alter table report_version enable trigger report_version_immutable").update();
    }

    @Test
    void anIncidentPrintsInKazakhWithEveryLetterItsFactsAndItsCitation() throws Exception {
        MockHttpServletResponse answer = pdf("/incidents/" + id + ".pdf?lang=kk");
        assertThat(answer.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("kuzet-incident-" + id + "-kk.pdf");
        String text = Pdfs.text(answer.getContentAsByteArray());
        assertThat(text).contains(KAZAKH_TITLE, "Тілшіні ғимаратқа кіргізбеді.", "Не болды", "Зардап шеккендер",
                "Айгүл Серікқызы", "2024-03-12", "https://news.example/oskemen", "Қалай сілтеме жасау керек");
        assertThat(text.replace(" ", "")).contains("http://localhost/incidents/" + id + "(2-нұсқа,");
        assertThat(text).doesNotContain("hidden.example", "A tip kept secret", "+7 700", "only staff read");
        // the printout is made as a report is: PDF/A-3u, every font embedded
        assertThat(Pdfs.pdfaFailures(answer.getContentAsByteArray())).isEmpty();
        try (PDDocument document = Loader.loadPDF(answer.getContentAsByteArray())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(KAZAKH_TITLE);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("kk");
            assertThat(document.getDocumentInformation().getKeywords()).contains("record=incident/" + id,
                    "revision=2");
        }
    }

    @Test
    void anIncidentPrintsInRussianAndEnglishToo() throws Exception {
        assertThat(Pdfs.text(pdf("/incidents/" + id + ".pdf?lang=ru").getContentAsByteArray()))
                .contains(KAZAKH_TITLE, "Что произошло", "Как цитировать", "(версия 2, просмотрено");
        assertThat(Pdfs.text(pdf("/incidents/" + id + ".pdf").getContentAsByteArray()))
                .contains("What happened", "Cite this", "(version 2, seen");
    }

    @Test
    void aLegalCasePrintsInRussianWithItsTimelineAndMoney() throws Exception {
        long legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, basis, opened_on, opened_precision, direction, claimed_kzt,
                    revision)
                values ('Иск акимата к редакции «Рудный Алтай»', 'civil', 'first_instance', 'kz-civ-143',
                    date '2024-01-15', 'day', 'against_media', 78100000, 3) returning id""")
                .query(Long.class).single();
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description)
                values (?, 0, date '2024-01-15', 'day', 'filed', 'Иск подан в суд Өскемена')""").param(legalCase)
                .update();
        jdbc.sql("insert into legal_case_incident values (?, ?)").params(legalCase, id).update();
        String text = Pdfs.text(pdf("/cases/" + legalCase + ".pdf?lang=ru").getContentAsByteArray());
        assertThat(text).contains("Иск акимата к редакции «Рудный Алтай»", "Судебное дело", "ст. 143 ГК РК",
                "78 100 000 ₸", "Иск подан в суд Өскемена", KAZAKH_TITLE, "Как цитировать")
                .doesNotContain("Стороны");
        // a long address may break at the line's end: read the citation without the breaks
        assertThat(text.replace(" ", "")).contains("http://localhost/cases/" + legalCase + "(версия3,просмотрено");
    }

    @Test
    void aPublishedReportPrintsItsVersionInWords() throws Exception {
        jdbc.sql("""
                insert into report_version (period, version, figures, markdown_en, markdown_ru, markdown_kk, sha256,
                    published_by, published_at)
                values (?, 1, '{}', '# August 2011', '# Август 2011', '# 2011 жылғы тамыз', ?, 'editor',
                    timestamptz '2024-04-05 10:00:00+05')""").params(PERIOD, "c3".repeat(32)).update();
        assertThat(Pdfs.text(pdf("/api/v1/reports/" + PERIOD + ".pdf?lang=ru").getContentAsByteArray()))
                .contains("Версия 1, опубликована 5 апреля 2024 года; SHA-256 ");
        assertThat(Pdfs.text(pdf("/api/v1/reports/" + PERIOD + ".pdf?lang=kk").getContentAsByteArray()))
                .contains("1-нұсқа, 2024 жылғы 5 сәуір жарияланды; SHA-256 ");
    }

    @Test
    void anUnpublishedIncidentDoesNotPrint() throws Exception {
        jdbc.sql("update incident set workflow_state = 'draft', published_at = null where id = ?").param(id).update();
        mvc.perform(get("/incidents/" + id + ".pdf")).andExpect(status().isNotFound());
    }

    private MockHttpServletResponse pdf(String url) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getContentType()).startsWith("application/pdf");
        return answer;
    }

    private long source(String kind, String title, String url, boolean confidential) {
        return jdbc.sql("insert into source (kind, title, url, confidential) values (?, ?, ?, ?) returning id")
                .params(kind, title, url, confidential).query(Long.class).single();
    }
}
