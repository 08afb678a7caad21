package org.kuzet.report;

import org.kuzet.report.internal.Figures;
import org.kuzet.report.internal.Reports;
import org.kuzet.report.internal.YearIndicator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures counted from the fixture dataset are those printed in seeds 002 (March 2024) and 004 (August 2020). */
@SeedFiguresDatabase
class SeedFiguresTest {

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void dataset() {
        SeedFixtures.load(jdbc);
    }

    @Test
    void march2024AsSeed002() {
        Map<String, Long> f = reports.figures(Period.parse("2024-03")).flat();
        assertThat(f).containsEntry("incidents.rights_violations", 7L)
                .containsEntry("incidents.rights_violations.interference_professional_activity", 4L)
                .containsEntry("incidents.access_to_information", 13L)
                .containsEntry("incidents.access_to_information.refusal_of_information", 9L)
                .containsEntry("cases.new.total", 6L)
                .containsEntry("cases.new.civil", 5L)
                .containsEntry("cases.new.administrative", 1L)
                .containsEntry("cases.new.criminal", 0L);
    }

    @Test
    void theArt158SeriesAsSeed002() {
        Figures figures = reports.figures(Period.parse("2024-03"));
        assertThat(figures.art158()).extracting(YearIndicator::year)
                .containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(figures.art158().stream().mapToLong(YearIndicator::incidents).sum()).isEqualTo(306).isGreaterThan(300);
        assertThat(figures.art158().stream().mapToLong(YearIndicator::complaints).sum()).isEqualTo(18);
        assertThat(figures.art158().stream().mapToLong(YearIndicator::sentToCourt).sum()).isEqualTo(3);
        assertThat(figures.art158().stream().mapToLong(YearIndicator::convictions).sum()).isEqualTo(2);
        Map<String, Long> f = figures.flat();
        assertThat(f).containsEntry("art158.2022.sent_to_court", 1L).containsEntry("art158.2023.convictions", 2L);
    }

    @Test
    void august2020AsSeed004() {
        Map<String, Long> f = reports.figures(Period.parse("2020-08")).flat();
        assertThat(f).containsEntry("court.judicial_acts", 8L)
                .containsEntry("court.in_favour_of_media", 5L)
                .containsEntry("cases.new.criminal", 2L)
                .containsEntry("cases.new.criminal_in_court", 0L)
                .containsEntry("cases.new.civil", 3L)
                .containsEntry("cases.new.civil_honour_and_dignity", 3L)
                .containsEntry("cases.new.administrative", 1L)
                .containsEntry("cases.year_to_date.criminal", 41L)
                .containsEntry("cases.year_to_date.criminal_in_court", 12L)
                .containsEntry("cases.year_to_date.administrative", 21L)
                .containsEntry("cases.year_to_date.civil", 52L)
                .containsEntry("cases.year_to_date.civil_honour_and_dignity", 45L)
                .containsEntry("cases.year_to_date.claimed_kzt", 78_100_000L)
                .containsEntry("cases.year_to_date.collected_kzt", 935_993L);
    }

    @Test
    void printsForReview() {
        for (Lang lang : Lang.values()) {
            System.out.println(reports.generate(Period.parse("2024-03"), lang).markdown());
            System.out.println(reports.generate(Period.parse("2020-08"), lang).markdown());
        }
    }
}
