package org.kuzet.triage;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.kuzet.triage.internal.TriageModels;
import org.springframework.stereotype.Component;

/**
 * What the triage model learnt from, for the staff: after an archive import, the items under the reports' category
 * headings, the monitors' decisions and the published incidents are trained on besides the shipped set; each
 * training says how many examples each source gave and the held-out figures of the model before and after it (the
 * new model replaces the old one only if it is not worse there).
 */
@Component
public class TriageTraining {

    /** Held-out figures of a model: macro-F1, the share with the right group, the share with the right one in the first three. */
    public record Figures(double macroF1, double groupAccuracy, double topThreeAccuracy) {
    }

    /** One training: examples by source ("shipped", "archive", "decisions", "published"), figures, the outcome. */
    public record Report(Map<String, Integer> itemsBySource, Optional<Figures> before, Figures after, boolean replaced,
            int heldOutItems, OffsetDateTime finishedAt) {
    }

    private final TriageModels models;

    TriageTraining(TriageModels models) {
        this.models = models;
    }

    /** The last training since the service started, if any. */
    public Optional<Report> last() {
        return models.lastTraining();
    }

    /** Starts a training in the background; the current model keeps answering meanwhile. */
    public void trainSoon() {
        models.retrainLater();
    }

    /** Whether a training is running or waiting to run. */
    public boolean training() {
        return models.busy();
    }
}
