package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A checked-in list of the violations a shape check finds today, one a line. The check passes while it finds
 * exactly these: a new one fails it (mend the code, do not add the line), and so does a listed one that no longer
 * occurs (delete its line), so that the list can only shrink. Lines starting with {@code #} are comments.
 */
final class KnownViolations {

    private KnownViolations() {
    }

    static void assertOnlyKnown(String resource, Collection<String> found) {
        Set<String> known = read(resource);
        Set<String> now = new TreeSet<>(found);
        List<String> problems = new ArrayList<>();
        now.stream().filter(v -> !known.contains(v))
                .forEach(v -> problems.add("new violation (mend the code; do not list it): " + v));
        known.stream().filter(v -> !now.contains(v))
                .forEach(v -> problems.add("no longer occurs, delete its line from " + resource + ": " + v));
        assertThat(problems).as("shape check against %s", resource).isEmpty();
    }

    private static Set<String> read(String resource) {
        try (InputStream in = KnownViolations.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as("checked-in list %s", resource).isNotNull();
            Set<String> lines = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
