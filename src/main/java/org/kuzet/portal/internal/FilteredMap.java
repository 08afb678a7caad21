package org.kuzet.portal.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.place.Places;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The map of exactly the incidents a filter of the public list selects: each town of the gazetteer is a dot sized
 * by the incidents there, and every place counted is a row of the table beside it (a region named without a town,
 * a place abroad: in the table, not on the map). Each dot and row links to the same filter narrowed to that place.
 */
@Component
class FilteredMap {

    /** The smallest dot (a town with no incident) and the largest (the town with the most), in viewBox units. */
    static final double EMPTY = 5;
    static final double SMALLEST = 9;
    static final double LARGEST = 30;

    /** A town on the map. */
    record Dot(String code, String name, long count, double x, double y, double r, String href) {
    }

    /** A place in the table of counts: whether it is drawn as a dot, and the filtered list there. */
    record Row(String code, String name, long count, boolean drawn, String href) {
    }

    /** The drawing (dots largest first, so that a small one is never hidden under a large one) and the table. */
    record Drawing(long total, double width, double height, String border, List<Dot> dots, List<Row> rows) {

        /** The SVG's viewBox, written the same way in every language (no digit grouping). */
        public String viewBox() {
            return "0 0 " + Math.round(width) + " " + Math.round(height);
        }
    }

    private record Counted(String code, String name, long count) {
    }

    private final JdbcClient jdbc;
    private final PortalCounts counts;
    private final PublicIncidents incidents;
    private final Places places;
    private final MapProjection projection;

    FilteredMap(JdbcClient jdbc, PortalCounts counts, PublicIncidents incidents, Places places,
            MapProjection projection) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.incidents = incidents;
        this.places = places;
        this.projection = projection;
    }

    Drawing of(PublicListFilter filter, String lang) {
        String l = PublicIncidents.column(lang);
        List<Counted> counted = counts.get(List.of("map", filter, l), () -> List.copyOf(count(filter, l)));
        Map<String, Long> byPlace = new LinkedHashMap<>();
        counted.forEach(c -> byPlace.put(c.code(), c.count()));
        List<Places.Located> towns = counts.get(List.of("map-towns", l), () -> List.copyOf(places.located("KZ", l)));
        long most = towns.stream().mapToLong(t -> byPlace.getOrDefault(t.code(), 0L)).max().orElse(0);
        List<Dot> dots = new ArrayList<>();
        for (Places.Located town : towns) {
            long n = byPlace.getOrDefault(town.code(), 0L);
            MapProjection.Xy at = projection.project(town.latitude(), town.longitude());
            dots.add(new Dot(town.code(), town.name(), n, round(at.x()), round(at.y()), round(radius(n, most)),
                    href(filter, town.code())));
        }
        dots.sort(Comparator.comparingDouble(Dot::r).reversed().thenComparing(Dot::code));
        List<String> drawn = towns.stream().map(Places.Located::code).toList();
        List<Row> rows = counted.stream()
                .map(c -> new Row(c.code(), c.name(), c.count(), drawn.contains(c.code()), c.code() == null ? null
                        : href(filter, c.code())))
                .toList();
        long total = counted.stream().mapToLong(Counted::count).sum();
        return new Drawing(total, MapProjection.WIDTH, projection.height(), projection.border(), List.copyOf(dots),
                rows);
    }

    /** A dot's area grows with its count: the radius with the square root, so that twice the count looks twice as big. */
    static double radius(long count, long most) {
        if (count == 0 || most == 0) {
            return EMPTY;
        }
        return SMALLEST + (LARGEST - SMALLEST) * Math.sqrt((double) count / most);
    }

    /** Incidents per place (null: none given), most first, then by name. */
    private List<Counted> count(PublicListFilter filter, String l) {
        PublicListFilter.Sql sql = incidents.publicSelection(filter);
        return jdbc.sql("""
                select i.place_code, p.name_%s as name, count(*) as n from incident i
                left join place p on p.code = i.place_code%s
                group by i.place_code, name order by n desc, name, i.place_code""".formatted(l, sql.where()))
                .params(sql.params())
                .query((rs, n) -> new Counted(rs.getString("place_code"), rs.getString("name"), rs.getLong("n")))
                .list();
    }

    private static String href(PublicListFilter filter, String place) {
        return "/map?" + filter.with("region", place).queryString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
