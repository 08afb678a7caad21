package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The August 2020 report (seed 004), as the project's own text carrying its facts (fixtures/report-2020-08.txt):
 * every figure the seed states, read by a person from the seed.
 */
class Seed004ExtractionTest {

    private static final Extraction E = Reports.extract("/fixtures/report-2020-08.txt");

    @Test
    void coversAugust2020EvenThoughTheHeaderSaysFirstOfAugust() {
        assertThat(E.month()).isEqualTo(YearMonth.of(2020, 8));
    }

    @Test
    void judicialActs() {
        assertThat(E.value("judicial_acts")).contains(8L);
    }

    @Test
    void inFavourOfTheMedia() {
        assertThat(E.value("in_favor_of_media")).contains(5L);
    }

    @Test
    void newCriminalChargesNoneInCourt() {
        assertThat(E.value("new_cases.criminal")).contains(2L);
        assertThat(E.value("new_cases.criminal_in_court")).contains(0L);
    }

    @Test
    void newCivilClaimsAllOnHonourAndDignity() {
        assertThat(E.value("new_cases.civil")).contains(3L);
        assertThat(E.value("new_cases.honour_dignity")).contains(3L);
    }

    @Test
    void newAdministrativeCharge() {
        assertThat(E.value("new_cases.administrative")).contains(1L);
    }

    @Test
    void yearToDateCriminal() {
        assertThat(E.value("ytd.criminal")).contains(41L);
        assertThat(E.value("ytd.criminal_in_court")).contains(12L);
    }

    @Test
    void yearToDateAdministrative() {
        assertThat(E.value("ytd.administrative")).contains(21L);
    }

    @Test
    void yearToDateCivil() {
        assertThat(E.value("ytd.civil")).contains(52L);
        assertThat(E.value("ytd.honour_dignity")).contains(45L);
    }

    @Test
    void damagesClaimed() {
        assertThat(E.value("damages_claimed_kzt")).contains(78_100_000L);
    }

    @Test
    void damagesCollected() {
        assertThat(E.value("damages_collected_kzt")).contains(935_993L);
    }

    @Test
    void noCategoryCountsAreInvented() {
        assertThat(E.family("counts")).isEmpty();
        assertThat(E.family("previous_year")).isEmpty();
    }

    @Test
    void theBribeInsideAStoryIsNoFigure() {
        assertThat(E.figures()).noneMatch(f -> f.value() == 500_000L);
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
        List<NarrativeItem> context = E.items().stream().filter(NarrativeItem::context).toList();
        assertThat(context).hasSize(3);
        assertThat(context.get(1).date().toString()).isEqualTo("2020-08-14");
        assertThat(context.get(1).contextKind()).isEqualTo("regulation");
    }

    @Test
    void everyFigureIsMarkedWhereItWasFound() {
        String text = E.report().text();
        for (Figure f : E.figures()) {
            assertThat(f.start()).isGreaterThanOrEqualTo(0);
            assertThat(text.substring(f.start(), f.end())).isNotBlank();
        }
        Figure claimed = E.figures().stream().filter(f -> f.key().equals("damages_claimed_kzt")).findFirst()
                .orElseThrow();
        assertThat(text.substring(claimed.start(), claimed.end())).isEqualTo("78 million 100 thousand");
    }

    private static List<NarrativeItem> incidents() {
        return E.items().stream().filter(i -> !i.context()).toList();
    }
}
