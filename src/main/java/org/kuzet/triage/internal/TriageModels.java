package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.TextMatching;
import org.kuzet.triage.TriageTraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The model triage uses with a database: the staff's current cue words (category_cue, editable) and, besides the
 * shipped training items, what the service has learnt: the items of imported archive reports under their category
 * headings, accepted and merged candidates with their category, rejected ones as not-an-incident (context), and
 * every published incident's title and summary with its primary category. A decision marks the model stale; it is
 * trained again in the background while the current one keeps answering (an upload never waits for training), and
 * the new one replaces it only if it is not worse on the shipped held-out part.
 */
@Component
public class TriageModels {

    private static final Logger LOG = LoggerFactory.getLogger(TriageModels.class);
    /** "Not worse": the held-out macro-F1 may not fall by more than this rounding. */
    private static final double NOT_WORSE = 0.001;

    private final JdbcClient jdbc;
    private final TextMatching matching;
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "triage-training");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile TriageModel current;
    private volatile TriageTraining.Report last;
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    private final SealedReports sealed;

    TriageModels(JdbcClient jdbc, TextMatching matching, SealedReports sealed) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.sealed = sealed;
    }

    public TriageModel current() {
        TriageModel model = current;
        if (model == null) {
            synchronized (this) {
                if (current == null) {
                    retrain();
                }
                model = current;
            }
        }
        return model;
    }

    /**
     * Trains the first model in the background as soon as the service is up, so that the first article read does
     * not wait for training (it still waits, if it comes first, for the training under way to end).
     * {@code kuzet.triage.warm-up=false} leaves it to the first article (the tests: each context would train).
     */
    @org.springframework.context.event.EventListener(value = org.springframework.boot.context.event.ApplicationReadyEvent.class,
            condition = "@environment.getProperty('kuzet.triage.warm-up', 'true') == 'true'")
    void warmUp() {
        // current() trains only if no model is there yet, so a training asked for meanwhile is never undone
        trainer.execute(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                LOG.warn("triage warm-up failed; the first article read trains the model: {}", e.toString());
            }
        });
    }

    /** A monitor decided something, or the cue words changed: learn again, in the background. */
    public void stale() {
        if (current != null) {
            retrainLater();
        }
    }

    /** Trains in the background (once, however often asked while waiting); the current model answers meanwhile. */
    public void retrainLater() {
        if (queued.compareAndSet(false, true)) {
            running.incrementAndGet();
            trainer.execute(() -> {
                queued.set(false);
                try {
                    retrain();
                } catch (RuntimeException e) {
                    LOG.warn("triage training failed; the current model stays: {}", e.toString());
                } finally {
                    running.decrementAndGet();
                }
            });
        }
    }

    /** Whether a training is waiting or running in the background. */
    public boolean busy() {
        return running.get() > 0;
    }

    /**
     * How many times each of the service's own items counts beside a shipped one: they are few (a report gives a
     * few dozen) against the shipped training part's 5,500 generated ones, and they are worded as the news the
     * service reads (three times when that part held 3,400 items; five keeps their share).
     */
    static final int SERVICE_WEIGHT = 5;

    /** Trains now, and replaces the current model if the new one is not worse on the held-out part. */
    public synchronized TriageTraining.Report retrain() {
        Map<String, Integer> bySource = new LinkedHashMap<>();
        bySource.put("shipped", LabeledSet.shipped().training().size());
        Map<String, List<LabeledItem>> learnt = learnt();
        learnt.forEach((source, items) -> bySource.put(source, items.size()));
        TriageModel trained = TriageModel.train(cues(), trainingItems(LabeledSet.shipped().training(), learnt));
        List<LabeledItem> heldOut = LabeledSet.shipped().heldOut();
        TriageTraining.Figures after = figures(Evaluation.of(trained, heldOut));
        TriageModel old = current;
        Optional<TriageTraining.Figures> before = old == null ? Optional.empty()
                : Optional.of(figures(Evaluation.of(old, heldOut)));
        boolean replace = before.isEmpty() || after.macroF1() >= before.get().macroF1() - NOT_WORSE;
        if (replace) {
            current = trained;
        }
        last = new TriageTraining.Report(Map.copyOf(bySource), before, after, replace, heldOut.size(),
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        return last;
    }

    /** The shipped items and, each counted {@link #SERVICE_WEIGHT} times, what the service taught. */
    static List<LabeledItem> trainingItems(List<LabeledItem> shipped, Map<String, List<LabeledItem>> learnt) {
        List<LabeledItem> items = new ArrayList<>(shipped);
        for (List<LabeledItem> taught : learnt.values()) {
            for (int i = 0; i < SERVICE_WEIGHT; i++) {
                items.addAll(taught);
            }
        }
        return items;
    }

    private static TriageTraining.Figures figures(Evaluation evaluation) {
        return new TriageTraining.Figures(evaluation.macroF1(), evaluation.groupAccuracy(), evaluation.topThreeAccuracy());
    }

    /** The last training, if any. */
    public Optional<TriageTraining.Report> lastTraining() {
        return Optional.ofNullable(last);
    }

    public List<LabeledItem> feedback() {
        return learnt().values().stream().flatMap(List::stream).toList();
    }

    /**
     * What the service taught, by source: "archive" (items of imported reports, under their category heading),
     * "decisions" (the monitors' accepted, merged and rejected candidates) and "published" (published incidents).
     */
    Map<String, List<LabeledItem>> learnt() {
        Map<String, List<LabeledItem>> learnt = new LinkedHashMap<>();
        learnt.put("archive", jdbc.sql("""
                select i.title || ' ' || coalesce(i.summary, ''), i.primary_category from archive_item a
                join incident i on i.id = a.incident_id
                where i.primary_category is not null order by a.report_id, a.position""")
                .query((rs, n) -> new LabeledItem(rs.getString(1), rs.getString(2), LanguageDetector.detect(rs.getString(1)).code()))
                .list().stream().filter(i -> TriageCategories.isKnown(i.category())).toList());
        learnt.put("decisions", decisions());
        learnt.put("published", published());
        return learnt;
    }

    private List<LabeledItem> decisions() {
        List<LabeledItem> items = new ArrayList<>();
        jdbc.sql("""
                select c.passage, c.primary_category, c.status, a.language
                from triage_candidate c join triage_article a on a.id = c.article_id
                where c.kind = 'incident' and c.status in ('accepted', 'merged', 'rejected')
                order by c.id""")
                // a sealed report's passage is learnt from in memory, like any other
                .query((rs, n) -> new LabeledItem(sealed.openForWork(rs.getString(1)),
                        rs.getString(3).equals("rejected") ? TriageCategories.CONTEXT : rs.getString(2), rs.getString(4)))
                .list().stream().filter(i -> TriageCategories.isKnown(i.category())).forEach(items::add);
        return items;
    }

    private List<LabeledItem> published() {
        List<LabeledItem> items = new ArrayList<>();
        jdbc.sql("""
                select title || ' ' || summary, primary_category from incident
                where workflow_state = 'published' order by id""")
                .query((rs, n) -> new LabeledItem(rs.getString(1), rs.getString(2),
                        LanguageDetector.detect(rs.getString(1)).code()))
                .list().stream().filter(i -> TriageCategories.isKnown(i.category())).forEach(items::add);
        return items;
    }

    CueBook cues() {
        return matching.cues();
    }
}
