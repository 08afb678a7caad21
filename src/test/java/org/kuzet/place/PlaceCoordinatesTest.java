package org.kuzet.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gazetteer's coordinates (V175) checked against the map's outline and the country's geography, so that a
 * mistyped degree (a town in the Caspian, a swapped latitude and longitude) cannot slip in.
 */
@SpringBootTest
class PlaceCoordinatesTest {

    @Autowired
    Places places;

    @Autowired
    KazakhstanOutline outline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTownAndCityOfKazakhstanHasAPoint() {
        List<String> without = jdbc.sql("""
                select code from place where country_code = 'KZ' and latitude is null
                and kind in ('city_of_republican_significance', 'city', 'town')""").query(String.class).list();
        assertThat(without).isEmpty();
        assertThat(places.located("KZ", "en")).hasSize(21);
    }

    @Test
    void everyKazakhTownLiesWithinTheOutline() {
        for (Places.Located town : places.located("KZ", "en")) {
            // Aktau and Atyrau stand on the Caspian shore: a 1:50m coastline may pass a kilometre or two inland
            boolean inside = outline.contains(town.latitude(), town.longitude())
                    || outline.distanceToBorder(town.latitude(), town.longitude()) < 0.05;
            assertThat(inside).as(town.code() + " at " + town.latitude() + ", " + town.longitude()).isTrue();
        }
        for (String abroad : List.of("ua-kyiv", "pl-warsaw", "ru-moscow", "uz-tashkent")) {
            double[] p = jdbc.sql("select latitude, longitude from place where code = ?").param(abroad)
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
            assertThat(outline.contains(p[0], p[1])).as(abroad).isFalse();
        }
    }

    @Test
    void theTownsLieWhereTheCountrysGeographyPutsThem() {
        Map<String, Places.Located> at = places.located("KZ", "en").stream()
                .collect(Collectors.toMap(Places.Located::code, Function.identity()));
        // Petropavl is the northernmost regional centre, Shymkent the southernmost, Aktau (on the Caspian) the
        // westernmost and Oskemen the easternmost
        assertThat(at.values()).allSatisfy(t -> assertThat(t.latitude()).isLessThanOrEqualTo(
                at.get("kz-petropavl").latitude()));
        assertThat(at.values()).allSatisfy(t -> assertThat(t.latitude()).isGreaterThanOrEqualTo(
                at.get("kz-shymkent").latitude()));
        assertThat(at.values()).allSatisfy(t -> assertThat(t.longitude()).isGreaterThanOrEqualTo(
                at.get("kz-aktau").longitude()));
        assertThat(at.values()).allSatisfy(t -> assertThat(t.longitude()).isLessThanOrEqualTo(
                at.get("kz-oskemen").longitude()));
        // Temirtau is Karaganda's neighbour, Konaev Almaty's (within half a degree)
        assertThat(distance(at.get("kz-temirtau"), at.get("kz-karaganda"))).isLessThan(0.5);
        assertThat(distance(at.get("kz-konaev"), at.get("kz-almaty"))).isLessThan(0.8);
        // Astana lies north-west of Karaganda, Taraz between Shymkent and Almaty
        assertThat(at.get("kz-astana").latitude()).isGreaterThan(at.get("kz-karaganda").latitude());
        assertThat(at.get("kz-astana").longitude()).isLessThan(at.get("kz-karaganda").longitude());
        assertThat(at.get("kz-taraz").longitude()).isBetween(at.get("kz-shymkent").longitude(),
                at.get("kz-almaty").longitude());
        // every town names its region, and the three cities of republican significance are their own
        assertThat(at.values()).allSatisfy(t -> assertThat(t.region()).isNotNull());
        assertThat(at.get("kz-astana").region()).isEqualTo("kz-astana");
        assertThat(at.get("kz-oral").region()).isEqualTo("kz-west-kazakhstan-region");
    }

    @Test
    void theOutlineSaysWhereItComesFrom() {
        assertThat(outline.source()).contains("Natural Earth").contains("world-atlas");
        assertThat(outline.rings()).isNotEmpty();
        assertThat(outline.rings().getFirst().size()).isGreaterThan(100);
        // the mainland's box: from the Caspian to the Altai, from the Tian Shan to Siberia
        assertThat(outline.contains(48.0, 67.0)).isTrue();
        assertThat(outline.contains(41.3, 69.24)).as("Tashkent").isFalse();
    }

    private static double distance(Places.Located a, Places.Located b) {
        return Math.hypot(a.latitude() - b.latitude(), a.longitude() - b.longitude());
    }
}
