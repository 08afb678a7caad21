package org.kuzet.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text with several patterns in order of preference, where the ways of writing one thing overlap ("15
 * October 2025" also holds "October 2025"; "art. 274 of the Criminal Code" also holds "art. 274"): a stretch that
 * an earlier pattern has read is not read again by a later one.
 */
public final class PatternReadings {

    /** What a match of the pattern at this index says, or null when it says nothing (the stretch stays free). */
    public interface Reading<T> {
        T read(int pattern, MatchResult match);
    }

    private record Read<T>(int start, int end, T value) {
    }

    private PatternReadings() {
    }

    /** The readings in text order. */
    public static <T> List<T> of(String text, List<Pattern> patterns, Reading<T> reading) {
        List<Read<T>> found = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            Matcher m = patterns.get(p).matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    T value = reading.read(p, m);
                    if (value != null) {
                        found.add(new Read<>(start, end, value));
                    }
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Read::start)).map(Read::value).toList();
    }
}
