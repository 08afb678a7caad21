package org.kuzet.triage.internal;

import java.util.List;
import org.kuzet.matching.CueHit;
import org.kuzet.triage.CategoryScore;

/**
 * What the model proposes for a text: categories ranked by score (all of them, summing to 1), and why the first
 * one was chosen: the cue words that occur and the features that weighed most.
 */
public record Classification(List<CategoryScore> ranked, List<String> why, List<CueHit> cues) {

    public CategoryScore best() {
        return ranked.getFirst();
    }

    public String category() {
        return best().category();
    }

    public double score() {
        return best().score();
    }

    public double scoreOf(String category) {
        return ranked.stream().filter(s -> s.category().equals(category)).mapToDouble(CategoryScore::score)
                .findFirst().orElse(0);
    }

    /**
     * Categories worth showing a monitor: those above the threshold, and those whose cue words occur (the staff's
     * own cue list is never overruled silently), best first.
     */
    public List<CategoryScore> proposals(double threshold, int limit) {
        return ranked.stream()
                .filter(s -> s.score() >= threshold || cuedFor(s.category()))
                .filter(s -> !s.category().equals(TriageCategories.CONTEXT) || s == best())
                .limit(limit).toList();
    }

    boolean cuedFor(String category) {
        return cues.stream().anyMatch(h -> h.cue().category().equals(category));
    }
}
