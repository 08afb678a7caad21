package org.kuzet.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The project's own news articles (src/test/resources/fixtures), written to carry the facts of the seed articles:
 * a state body's rebuttal (seed 000), testimonies at an OSCE conference (seed 001) and a minister on threats and
 * blocking (seed 003).
 */
public final class FixtureArticles {

    public static final String REBUTTAL = "article-rebuttal";
    public static final String OSCE = "article-osce-conference";
    public static final String MINISTER = "article-minister-on-threats";
    public static final List<String> ALL = List.of(REBUTTAL, OSCE, MINISTER);

    private FixtureArticles() {
    }

    /** The text of a fixture by its name (articles, or the monthly reports "report-2024-03", "report-2020-08"). */
    public static String text(String name) {
        try (InputStream in = FixtureArticles.class.getResourceAsStream("/fixtures/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
