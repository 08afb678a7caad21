package org.kuzet.portal.internal;

import java.util.List;
import java.util.Locale;
import org.kuzet.place.KazakhstanOutline;
import org.springframework.stereotype.Component;

/**
 * Draws Kazakhstan flat for the public map: an equirectangular projection whose longitudes are shortened by the
 * cosine of 48° N, the country's middle latitude, so that its shape is not stretched sideways; the drawing is
 * {@link #WIDTH} units wide (an SVG's viewBox: the browser scales it to the screen). The border's path is worked
 * out once; towns are placed with the same arithmetic.
 */
@Component
class MapProjection {

    static final double WIDTH = 1000;
    private static final double MIDDLE_LATITUDE = 48;
    private static final double MARGIN = 24;

    /** A point of the drawing, in viewBox units from the top left corner. */
    record Xy(double x, double y) {
    }

    private final double shrink = Math.cos(Math.toRadians(MIDDLE_LATITUDE));
    private final double west;
    private final double north;
    private final double scale;
    private final double height;
    private final String border;

    MapProjection(KazakhstanOutline outline) {
        List<KazakhstanOutline.Vertex> all = outline.rings().stream().flatMap(List::stream).toList();
        double east = all.stream().mapToDouble(KazakhstanOutline.Vertex::longitude).max().orElseThrow();
        double south = all.stream().mapToDouble(KazakhstanOutline.Vertex::latitude).min().orElseThrow();
        west = all.stream().mapToDouble(KazakhstanOutline.Vertex::longitude).min().orElseThrow();
        north = all.stream().mapToDouble(KazakhstanOutline.Vertex::latitude).max().orElseThrow();
        scale = (WIDTH - 2 * MARGIN) / ((east - west) * shrink);
        height = Math.ceil((north - south) * scale + 2 * MARGIN);
        border = path(outline.rings());
    }

    Xy project(double latitude, double longitude) {
        return new Xy(MARGIN + (longitude - west) * shrink * scale, MARGIN + (north - latitude) * scale);
    }

    double height() {
        return height;
    }

    /** The border as an SVG path: one closed figure per ring. */
    String border() {
        return border;
    }

    private String path(List<List<KazakhstanOutline.Vertex>> rings) {
        StringBuilder d = new StringBuilder();
        for (List<KazakhstanOutline.Vertex> ring : rings) {
            for (int i = 0; i < ring.size(); i++) {
                Xy p = project(ring.get(i).latitude(), ring.get(i).longitude());
                d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", p.x(), p.y()));
            }
            d.append('Z');
        }
        return d.toString();
    }
}
