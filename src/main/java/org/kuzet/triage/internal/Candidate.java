package org.kuzet.triage.internal;

import java.util.List;
import org.kuzet.triage.CategoryScore;
import org.kuzet.triage.Fact;

/**
 * A passage that seems to describe an incident: the categories proposed for it with scores, why, and the facts
 * found in it. {@code score} is the best proposal's, used to rank the monitors' queue.
 */
public record Candidate(Passage passage, List<CategoryScore> categories, List<String> why, List<Fact> facts) {

    public double score() {
        return categories.getFirst().score();
    }

    public boolean proposes(String category) {
        return categories.stream().anyMatch(c -> c.category().equals(category));
    }
}
