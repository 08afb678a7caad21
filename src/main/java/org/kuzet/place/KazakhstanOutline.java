package org.kuzet.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kazakhstan's border as closed rings of longitude and latitude, read from the outline shipped with Kuzet
 * ({@code place/kazakhstan-outline.json}). It was taken once, at build time, from Natural Earth's 1:50m countries
 * (public domain) as the npm package world-atlas ships them, by {@code tools/kazakhstan-outline/outline.mjs};
 * nothing is fetched when Kuzet runs.
 */
@Component
public class KazakhstanOutline {

    static final String RESOURCE = "/place/kazakhstan-outline.json";

    /** A point of the border: longitude and latitude in degrees. */
    public record Vertex(double longitude, double latitude) {
    }

    private final List<List<Vertex>> rings;
    private final String source;

    public KazakhstanOutline() {
        try (InputStream in = KazakhstanOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map's outline " + RESOURCE + " is missing from the build");
            }
            JsonNode outline = JsonMapper.builder().build().readTree(in);
            this.source = outline.get("source").asString();
            List<List<Vertex>> read = new ArrayList<>();
            for (JsonNode ring : outline.get("rings")) {
                List<Vertex> vertices = new ArrayList<>();
                for (JsonNode point : ring) {
                    vertices.add(new Vertex(point.get(0).asDouble(), point.get(1).asDouble()));
                }
                read.add(List.copyOf(vertices));
            }
            this.rings = List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rings of the border (the mainland first), each closed: its last vertex joins its first. */
    public List<List<Vertex>> rings() {
        return rings;
    }

    /** Where the outline comes from, as the asset records it. */
    public String source() {
        return source;
    }

    /** Whether the point lies inside the border (even-odd rule over every ring). */
    public boolean contains(double latitude, double longitude) {
        boolean inside = false;
        for (List<Vertex> ring : rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                Vertex a = ring.get(i);
                Vertex b = ring.get(j);
                if ((a.latitude() > latitude) != (b.latitude() > latitude) && longitude < (b.longitude()
                        - a.longitude()) * (latitude - a.latitude()) / (b.latitude() - a.latitude()) + a.longitude()) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** How far the point lies from the border, in degrees (0 on it): a coastal town may sit just off a coarse line. */
    public double distanceToBorder(double latitude, double longitude) {
        double best = Double.MAX_VALUE;
        for (List<Vertex> ring : rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                best = Math.min(best, segmentDistance(longitude, latitude, ring.get(j), ring.get(i)));
            }
        }
        return best;
    }

    private static double segmentDistance(double x, double y, Vertex a, Vertex b) {
        double dx = b.longitude() - a.longitude();
        double dy = b.latitude() - a.latitude();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.longitude()) * dx + (y - a.latitude()) * dy)
                / length));
        return Math.hypot(x - (a.longitude() + t * dx), y - (a.latitude() + t * dy));
    }
}
