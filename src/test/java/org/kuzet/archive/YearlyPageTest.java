package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A yearly page of the archive is stored as its year, with no month made up for it: the report row, its figures
 * and its narrative's dates carry the year alone, no monthly series counts its figures, and the year's figures are
 * read as the year's. Each test is rolled back, so its pages are its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class YearlyPageTest {

    /** Written for this test, in the manner of the service's yearly pages. */
    private static final String RUSSIAN = """
            Свобода слова: нарушения 2009

            Итоги года по данным мониторинга.

            Вынесено судебных актов - 57 (в том числе 14 в апелляции, 2 в кассации). Из них в пользу СМИ и граждан - 23.
            """;

    private static final String ENGLISH = """
            Freedom of speech: violations 2008

            The year in figures.

            Judgments rendered - 48 (including 9 in appeal, 1 in cassation). Of those in favour of the media and citizens - 19.
            """;

    @Autowired
    ArchiveImport archive;
    @Autowired
    PublishedStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static Extraction read(String name, String text) {
        return Reports.EXTRACTOR.extract(name, ReportText.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aYearlyPageIsReadAsItsYearWithNoMonth() {
        Extraction ru = read("itogi-2009.txt", RUSSIAN);
        assertThat(ru.month()).isNull();
        assertThat(ru.year()).isEqualTo(Year.of(2009));
        assertThat(ru.toJson()).doesNotContainKey("month").containsEntry("year", 2009)
                .containsEntry("judicial_acts", 57L).containsEntry("in_favor_of_media", 23L);
        Extraction en = read("violations-2008.txt", ENGLISH);
        assertThat(en.month()).isNull();
        assertThat(en.period()).isEqualTo("2008");
        // a quarter is not a year: its period is left to the review page
        Extraction quarter = read("q1.txt", "Violations of freedom of expression in Kazakhstan: first quarter of 2024\n\n"
                + "Judgments rendered - 12.\n");
        assertThat(quarter.month()).isNull();
        assertThat(quarter.year()).isNull();
        // a monthly report keeps its month and has no year of its own
        Extraction march = Reports.extract("/fixtures/report-2024-03.txt");
        assertThat(march.year()).isNull();
        assertThat(march.period()).isEqualTo("2024-03");
    }

    @Test
    void storedWithTheYearOnlyAndItsFiguresInNoMonth() {
        ArchiveImport.Outcome stored = archive.store(read("itogi-2009.txt", RUSSIAN), "tester");
        assertThat(stored.alreadyImported()).isFalse();
        assertThat(jdbc.sql("select coalesce(month::text, 'none') || ' ' || year || ' ' || period_precision "
                + "from archive_report where id = ?").param(stored.reportId()).query(String.class).single())
                .isEqualTo("none 2009 year");
        assertThat(jdbc.sql("select count(*) from published_figure where report_id = ? and month is null "
                + "and year = 2009").param(stored.reportId()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from published_figure where report_id = ? and month is not null")
                .param(stored.reportId()).query(Long.class).single()).isZero();

        assertThat(statistics.months()).noneMatch(m -> m.getYear() == 2009);
        assertThat(statistics.figureSeries("judicial_acts")).noneMatch(v -> v.month().getYear() == 2009);
        assertThat(statistics.yearlyPages()).contains(Year.of(2009));
        assertThat(statistics.yearFigures(Year.of(2009)))
                .isEqualTo(Map.of("judicial_acts", 57L, "in_favor_of_media", 23L));

        assertThat(archive.store(read("itogi-2009.txt", RUSSIAN), "tester").alreadyImported()).isTrue();
    }

    @Test
    void theReviewPageTakesAYearAlone() throws Exception {
        String content = Base64.getEncoder().encodeToString(ENGLISH.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(post("/staff/archive/accept").param("name", "violations-2008.txt")
                        .param("content", content).param("month", "2008").with(csrf())
                        .with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Report stored: 2008");
        assertThat(jdbc.sql("select count(*) from archive_report where year = 2008 and month is null "
                + "and period_precision = 'year'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theReviewPageCarriesTheFileItShowsAndTheYearItCovers() throws Exception {
        org.jsoup.nodes.Document review = org.jsoup.Jsoup.parse(mvc.perform(post("/staff/archive/extract")
                        .param("text", RUSSIAN).param("lang", "ru").with(csrf()).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        // the file travels with the form as it was read (not the page's own markup)
        String carried = review.select("form[action*=accept] input[name=content]").val();
        assertThat(new String(Base64.getDecoder().decode(carried), StandardCharsets.UTF_8)).isEqualTo(RUSSIAN);
        assertThat(review.select("#month").val()).isEqualTo("2009");
    }
}
