package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The March 2024 report (seed 002), as the project's own text carrying its facts (fixtures/report-2024-03.txt): every
 * figure the seed states, read by a person from the seed.
 */
class Seed002ExtractionTest extends ReportUnderTest {

    /** The project's text; {@link Seed002OriginalTest} reads the seed itself instead. */
    @Override
    Extraction extraction() {
        return Reports.extract("/fixtures/report-2024-03.txt");
    }

    @Test
    void coversMarch2024PublishedInJune() {
        assertThat(found.month()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(found.published()).isEqualTo(LocalDate.of(2024, 6, 17));
    }

    @Test
    void rightsViolations() {
        assertThat(found.value("counts.rights_violations")).contains(7L);
    }

    @Test
    void accessToInformation() {
        assertThat(found.value("counts.access_to_information")).contains(13L);
    }

    @Test
    void refusalsOfInformation() {
        assertThat(found.value("counts.refusal_of_information")).contains(9L);
    }

    @Test
    void legalClaims() {
        assertThat(found.value("counts.legal_claims")).contains(6L);
    }

    @Test
    void civilClaims() {
        assertThat(found.value("counts.civil_claims")).contains(5L);
    }

    @Test
    void theAccusationUnderArticle73dash3IsAdministrative() {
        assertThat(found.value("counts.administrative")).contains(1L);
    }

    @Test
    void fourReportsOfObstruction() {
        assertThat(found.value("counts.interference_professional_activity")).contains(4L);
    }

    @Test
    void noOtherCountsAndNoCourtOrMoneyFigures() {
        assertThat(found.family("counts")).containsOnlyKeys("rights_violations", "access_to_information",
                "refusal_of_information", "legal_claims", "civil_claims", "administrative",
                "interference_professional_activity");
        assertThat(found.value("judicial_acts")).isEmpty();
        assertThat(found.value("damages_claimed_kzt")).isEmpty();
        assertThat(found.family("ytd")).isEmpty();
        assertThat(found.family("new_cases")).isEmpty();
    }

    @Test
    void multiYearIndicatorsKeepTheirWording() {
        assertThat(found.indicators()).extracting(Indicator::value).containsExactly(300L, 18L, 3L, 2L, 1L);
        Indicator since2019 = found.indicators().get(0);
        assertThat(since2019.qualifier()).isEqualTo("over");
        assertThat(since2019.sinceYear()).isEqualTo(2019);
        assertThat(since2019.wording()).contains("over 300 incidents");
        assertThat(found.indicators().get(1).wording()).contains("Article 158");
        assertThat(found.indicators().get(2).what()).isEqualTo("court cases");
        assertThat(found.indicators().get(3).what()).startsWith("convictions");
        assertThat(found.indicators().get(4).year()).isEqualTo(2022);
        assertThat(found.indicators().get(4).what()).contains("submitted to court");
    }

    @Test
    void contextItemsAreFlaggedNotCounted() {
        List<NarrativeItem> context = found.items().stream().filter(NarrativeItem::context).toList();
        assertThat(context).extracting(i -> i.date().toString())
                .containsExactlyInAnyOrder("2024-03-15", "2024-03-31", "2024-03-01", "2024-03-13");
        assertThat(context).allMatch(i -> "context".equals(i.category()));
        assertThat(context.stream().filter(i -> i.date().toString().equals("2024-03-13")).findFirst().orElseThrow()
                .contextKind()).isEqualTo("parliament_reading");
        assertThat(context.stream().filter(i -> i.date().toString().equals("2024-03-01")).findFirst().orElseThrow()
                .contextKind()).isEqualTo("draft_order");
    }

    @Test
    void peopleNamedAreNotTitlesOfDocuments() {
        NarrativeItem march15 = found.items().stream().filter(i -> i.date().toString().equals("2024-03-15")).findFirst()
                .orElseThrow();
        NarrativeItem march1 = found.items().stream().filter(i -> i.date().toString().equals("2024-03-01")).findFirst()
                .orElseThrow();
        assertThat(march15.people()).containsExactly("Kassym-Jomart Tokayev");
        assertThat(march1.people()).isEmpty();
    }

    @Test
    void kostanayTobolInfo() {
        NarrativeItem i = incidents().get(0);
        assertThat(i.place()).isEqualTo("kz-kostanay");
        assertThat(i.outlets()).containsExactly("TobolInfo");
        assertThat(i.category()).isEqualTo("interference_professional_activity");
        assertThat(i.date().toString()).isEqualTo("2024-03");
    }

    @Test
    void atyrauAndAstanaAzattyk() {
        NarrativeItem i = incidents().get(1);
        assertThat(i.places()).containsExactly("kz-atyrau", "kz-astana");
        assertThat(i.outlets()).containsExactly("Azattyk");
        assertThat(i.category()).isEqualTo("interference_professional_activity");
    }

    @Test
    void astanaMilitaryCourt() {
        NarrativeItem i = incidents().get(2);
        assertThat(i.place()).isEqualTo("kz-astana");
        assertThat(i.people()).contains("Zhandos Musabekuly");
        assertThat(i.category()).isEqualTo("judicial_transparency_violation");
    }

    @Test
    void atyrauAkZhayik() {
        NarrativeItem i = incidents().get(3);
        assertThat(i.place()).isEqualTo("kz-atyrau");
        assertThat(i.outlets()).contains("Ak Zhayik");
        assertThat(i.category()).isEqualTo("blocking");
    }

    @Test
    void exactlyFourDraftIncidents() {
        assertThat(incidents()).hasSize(4);
    }

    @Test
    void theTableCellWithNoNumbersIsNotInvented() {
        assertThat(found.indicators()).noneMatch(i -> i.wording().contains("Verdict"));
    }

    private List<NarrativeItem> incidents() {
        return found.items().stream().filter(i -> !i.context()).toList();
    }
}
