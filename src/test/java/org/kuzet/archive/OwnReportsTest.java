package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports written for these tests in the styles the archive has (src/test/resources/archive): other years' wording,
 * Russian, glued numbers, numbers as words, money spellings, sub-counts that do not add up, an introduction naming
 * the wrong month, a word-processor HTML page, a narrative report with no figures. Expected values were written
 * from the report texts.
 */
class OwnReportsTest {

    @Test
    void gluedNumbersAndAnOlderWording() {
        Extraction e = Reports.extract("/archive/2016-05-glued.txt");
        assertThat(e.month()).isEqualTo(YearMonth.of(2016, 5));
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 14L, "attacks", 3L, "threats", 2L,
                "access_to_information", 21L, "refusal_of_information", 12L, "blocking", 4L, "legal_claims", 9L,
                "civil_claims", 6L, "criminal_pretrial", 2L, "administrative", 1L));
        assertThat(e.warnings()).isEmpty();
        assertThat(e.items()).extracting(NarrativeItem::place).containsExactly("kz-almaty", "kz-shymkent");
        assertThat(e.items().get(0).date().toString()).isEqualTo("2016-05-04");
        assertThat(e.items().get(0).outlets()).containsExactly("Channel 31");
    }

    @Test
    void russianReport() {
        Extraction e = Reports.extract("/archive/2023-02-ru.txt");
        assertThat(e.month()).isEqualTo(YearMonth.of(2023, 2));
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 9L, "access_to_information", 11L,
                "refusal_of_information", 6L, "legal_claims", 5L, "civil_claims", 3L, "administrative", 2L));
        assertThat(e.family("ytd")).isEqualTo(Map.of("criminal", 7L, "criminal_in_court", 2L, "administrative", 4L,
                "civil", 10L, "honour_dignity", 8L));
        assertThat(e.value("damages_claimed_kzt")).contains(78_100_000L);
        assertThat(e.value("damages_collected_kzt")).contains(935_993L);
        assertThat(e.items()).hasSize(2);
        assertThat(e.items().get(0).place()).isEqualTo("kz-kostanay");
        assertThat(e.items().get(1).date().toString()).isEqualTo("2023-02-12");
        assertThat(e.items().get(1).category()).isEqualTo("detention");
        assertThat(e.unused()).isEmpty();
    }

    @Test
    void numbersWrittenAsWords() {
        Extraction e = Reports.extract("/archive/2021-07-words.txt");
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 11L, "access_to_information", 12L,
                "refusal_of_information", 7L));
        assertThat(e.value("judicial_acts")).contains(5L);
        assertThat(e.value("in_favor_of_media")).contains(3L);
        assertThat(e.family("new_cases")).isEqualTo(Map.of("criminal", 4L, "criminal_in_court", 2L, "civil", 6L,
                "administrative", 0L));
        assertThat(e.published()).hasToString("2021-08-05");
    }

    @Test
    void moneyInOtherSpellingsAndDollarsIgnored() {
        Extraction e = Reports.extract("/archive/2019-11-money.txt");
        assertThat(e.value("damages_claimed_kzt")).contains(512_300_000L);
        assertThat(e.value("damages_collected_kzt")).contains(3_000_000L);
        assertThat(e.family("ytd")).isEqualTo(Map.of("criminal", 30L, "criminal_in_court", 9L, "civil", 40L));
        assertThat(e.figures()).noneMatch(f -> f.value() == 6_500L || f.value() == 20_000_000L);
        assertThat(e.family("counts")).isEmpty();
    }

    @Test
    void subCountsThatDoNotAddUpAreKeptAndWarned() {
        Extraction e = Reports.extract("/archive/2022-09-subcounts.txt");
        assertThat(e.value("counts.rights_violations")).contains(8L);
        assertThat(e.value("counts.interference_professional_activity")).contains(5L);
        assertThat(e.value("counts.threats")).contains(4L);
        assertThat(e.value("counts.refusal_of_information")).contains(6L);
        assertThat(e.warnings()).singleElement().asString().contains("rights_violations").contains("9").contains("8");
    }

    @Test
    void anIntroductionNamingAnotherMonthKeepsTheTitlesAndWarns() {
        Extraction e = Reports.extract("/archive/2024-06-wrong-intro.txt");
        assertThat(e.month()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(e.warnings()).singleElement().asString().contains("2024-05");
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 6L, "legal_claims", 3L));
    }

    @Test
    void aNarrativeReportHasNoFigures() {
        Extraction e = Reports.extract("/archive/2017-12-narrative.txt");
        assertThat(e.figures()).isEmpty();
        assertThat(e.indicators()).isEmpty();
        assertThat(e.toJson()).containsEntry("counts", Map.of()).doesNotContainKey("judicial_acts");
        assertThat(e.items()).hasSize(3);
        assertThat(e.items().get(0).context()).isTrue();
        assertThat(e.items().get(0).contextKind()).isEqualTo("parliament_reading");
        assertThat(e.items().get(1).category()).isEqualTo("detention");
        assertThat(e.items().get(2).category()).isEqualTo("threats");
        assertThat(e.items().get(2).place()).isEqualTo("kz-aktobe");
    }

    @Test
    void aWordProcessorHtmlPage() {
        Extraction e = Reports.extract("/archive/2018-04-word.html");
        assertThat(e.month()).isEqualTo(YearMonth.of(2018, 4));
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 17L, "detention", 4L,
                "access_to_information", 9L, "blocking", 2L));
        assertThat(e.report().text()).doesNotContain("visits").doesNotContain("MsoNormal").doesNotContain("25 years")
                .contains("disseminate information").contains("of media outlets, including 4 detentions");
        assertThat(e.items()).singleElement().satisfies(i -> {
            assertThat(i.place()).isEqualTo("kz-astana");
            assertThat(i.outlets()).containsExactly("KTK");
            assertThat(i.category()).isEqualTo("judicial_transparency_violation");
        });
    }

    @Test
    void yearToDateAgainstTheSamePeriodOfLastYear() {
        Extraction e = Reports.extract("/archive/2025-05-previous-year.txt");
        assertThat(e.value("counts.rights_violations")).contains(4L);
        assertThat(e.family("ytd")).isEqualTo(Map.of("legal_cases", 64L, "criminal", 6L));
        assertThat(e.family("previous_year")).isEqualTo(Map.of("legal_cases", 49L, "criminal", 4L));
        assertThat(e.figures()).noneMatch(f -> f.value() == 80L || f.value() == 5L);
        assertThat(e.unused()).singleElement().satisfies(u -> {
            assertThat(u.text()).startsWith("80%");
            assertThat(u.reason()).contains("share");
        });
    }

    @Test
    void countsWrittenAfterTheirLabels() {
        Extraction e = Reports.extract("/archive/2014-04-labels.txt");
        assertThat(e.month()).isEqualTo(YearMonth.of(2014, 4));
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 6L, "attacks", 2L, "threats", 1L,
                "detention", 3L, "refusal_of_information", 15L, "blocking", 4L));
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void aSavedPageWithMenusSidebarsAndNestedLists() {
        Extraction e = Reports.extract("/archive/2023-01-nested.html");
        assertThat(e.month()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 5L,
                "interference_professional_activity", 2L, "attacks", 1L, "misuse_of_image", 2L,
                "access_to_information", 24L, "refusal_of_information", 20L));
        assertThat(e.report().text()).doesNotContain("Latest").doesNotContain("15 years");
        assertThat(e.items()).singleElement().satisfies(i -> {
            assertThat(i.place()).isEqualTo("kz-almaty");
            assertThat(i.outlets()).containsExactly("Vlast");
        });
    }

    @Test
    void aRussianReportWithCourtOutcomesAndYearToDate() {
        Extraction e = Reports.extract("/archive/2020-10-ru-court.txt");
        assertThat(e.month()).isEqualTo(YearMonth.of(2020, 10));
        assertThat(e.value("judicial_acts")).contains(6L);
        assertThat(e.value("in_favor_of_media")).contains(4L);
        assertThat(e.family("new_cases")).isEqualTo(Map.of("criminal", 3L, "criminal_in_court", 0L, "civil", 2L,
                "honour_dignity", 2L));
        assertThat(e.family("ytd")).isEqualTo(Map.of("criminal", 35L, "criminal_in_court", 10L, "civil", 48L,
                "honour_dignity", 40L));
        assertThat(e.family("previous_year")).isEqualTo(Map.of("criminal", 23L));
        assertThat(e.value("damages_claimed_kzt")).contains(120_500_000L);
        assertThat(e.value("damages_collected_kzt")).contains(1_250_000L);
        assertThat(e.family("counts")).isEmpty();
        assertThat(e.items()).singleElement().satisfies(i -> {
            assertThat(i.place()).isEqualTo("kz-pavlodar-region");
            assertThat(i.category()).isEqualTo("refusal_of_information");
            assertThat(i.outlets()).containsExactly("Версия");
        });
        assertThat(e.unused()).isEmpty();
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void aRussianFileSavedInWindows1251() {
        Extraction e = Reports.extract("/archive/2019-03-cp1251.txt");
        assertThat(e.month()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(e.family("counts")).isEqualTo(Map.of("rights_violations", 4L, "threats", 2L));
    }

    @Test
    void peopleCountedAreNotReportsCounted() {
        Extraction e = Reports.extractText("june.txt", """
                Violations of freedom of speech in Kazakhstan June 2015

                In June 2015, 3 journalists were detained in Almaty during a rally.

                In June 2015 the monitoring recorded 2 detentions of journalists.
                """);
        assertThat(e.family("counts")).isEqualTo(Map.of("detention", 2L));
        assertThat(e.unused()).singleElement().satisfies(u -> assertThat(u.text()).contains("3 journalists"));
    }
}
