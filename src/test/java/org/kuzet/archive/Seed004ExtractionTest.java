package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The August 2020 report (seed 004), as the project's own text carrying its facts (fixtures/report-2020-08.txt):
 * every figure the seed states, read by a person from the seed.
 */
class Seed004ExtractionTest extends ReportUnderTest {

    /** The project's text; {@link Seed004OriginalTest} reads the seed itself instead. */
    @Override
    Extraction extraction() {
        return Reports.extract("/fixtures/report-2020-08.txt");
    }

    @Test
    void coversAugust2020EvenThoughTheHeaderSaysFirstOfAugust() {
        assertThat(found.month()).isEqualTo(YearMonth.of(2020, 8));
    }

    @Test
    void judicialActs() {
        assertThat(found.value("judicial_acts")).contains(8L);
    }

    @Test
    void inFavourOfTheMedia() {
        assertThat(found.value("in_favor_of_media")).contains(5L);
    }

    @Test
    void newCriminalChargesNoneInCourt() {
        assertThat(found.value("new_cases.criminal")).contains(2L);
        assertThat(found.value("new_cases.criminal_in_court")).contains(0L);
    }

    @Test
    void newCivilClaimsAllOnHonourAndDignity() {
        assertThat(found.value("new_cases.civil")).contains(3L);
        assertThat(found.value("new_cases.honour_dignity")).contains(3L);
    }

    @Test
    void newAdministrativeCharge() {
        assertThat(found.value("new_cases.administrative")).contains(1L);
    }

    @Test
    void yearToDateCriminal() {
        assertThat(found.value("ytd.criminal")).contains(41L);
        assertThat(found.value("ytd.criminal_in_court")).contains(12L);
    }

    @Test
    void yearToDateAdministrative() {
        assertThat(found.value("ytd.administrative")).contains(21L);
    }

    @Test
    void yearToDateCivil() {
        assertThat(found.value("ytd.civil")).contains(52L);
        assertThat(found.value("ytd.honour_dignity")).contains(45L);
    }

    @Test
    void damagesClaimed() {
        assertThat(found.value("damages_claimed_kzt")).contains(78_100_000L);
    }

    @Test
    void damagesCollected() {
        assertThat(found.value("damages_collected_kzt")).contains(935_993L);
    }

    @Test
    void noCategoryCountsAreInvented() {
        assertThat(found.family("counts")).isEmpty();
        assertThat(found.family("previous_year")).isEmpty();
    }

    @Test
    void theBribeInsideAStoryIsNoFigure() {
        assertThat(found.figures()).noneMatch(f -> f.value() == 500_000L);
    }

    @Test
    void almatyMaslikhat() {
        NarrativeItem i = incidents().get(0);
        assertThat(i.place()).isEqualTo("kz-almaty");
        assertThat(i.category()).isEqualTo("refusal_of_information");
        assertThat(i.people()).contains("Maksat Rakhmetov");
    }

    @Test
    void akhmedyarov() {
        NarrativeItem i = incidents().get(1);
        assertThat(i.people()).contains("Lukpan Akhmedyarov");
        assertThat(i.category()).isEqualTo("criminal_pretrial");
    }

    @Test
    void theMinistryAndRulesItemsAreContext() {
        List<NarrativeItem> context = found.items().stream().filter(NarrativeItem::context).toList();
        assertThat(context).hasSize(3);
        assertThat(context.get(1).date().toString()).isEqualTo("2020-08-14");
        assertThat(context.get(1).contextKind()).isEqualTo("regulation");
    }

    @Test
    void everyFigureIsMarkedWhereItWasFound() {
        String text = found.report().text();
        for (Figure f : found.figures()) {
            assertThat(f.start()).isGreaterThanOrEqualTo(0);
            assertThat(text.substring(f.start(), f.end())).isNotBlank();
        }
        Figure claimed = found.figures().stream().filter(f -> f.key().equals("damages_claimed_kzt")).findFirst()
                .orElseThrow();
        assertThat(text.substring(claimed.start(), claimed.end())).isEqualTo("78 million 100 thousand");
    }

    private List<NarrativeItem> incidents() {
        return found.items().stream().filter(i -> !i.context()).toList();
    }
}
