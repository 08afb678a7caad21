package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.TextMatching;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The model triage uses with a database: the staff's current cue words (category_cue, editable) and, besides the
 * shipped training items, what the service has learnt: accepted and merged candidates with their category,
 * rejected ones as not-an-incident (context), and every published incident's title and summary with its primary
 * category. Training takes well under a second, so a decision simply marks the model stale and the next use
 * retrains it.
 */
@Component
public class TriageModels {

    private final JdbcClient jdbc;
    private final TextMatching matching;
    private volatile TriageModel current;

    TriageModels(JdbcClient jdbc, TextMatching matching) {
        this.jdbc = jdbc;
        this.matching = matching;
    }

    public TriageModel current() {
        TriageModel model = current;
        if (model == null) {
            synchronized (this) {
                if (current == null) {
                    current = TriageModel.train(cues(), trainingItems());
                }
                model = current;
            }
        }
        return model;
    }

    /** A monitor decided something, or the cue words changed: learn again at the next use. */
    public void stale() {
        current = null;
    }

    List<LabeledItem> trainingItems() {
        List<LabeledItem> items = new ArrayList<>(LabeledSet.shipped().training());
        items.addAll(feedback());
        return items;
    }

    public List<LabeledItem> feedback() {
        List<LabeledItem> items = new ArrayList<>();
        jdbc.sql("""
                select c.passage, c.primary_category, c.status, a.language
                from triage_candidate c join triage_article a on a.id = c.article_id
                where c.kind = 'incident' and c.status in ('accepted', 'merged', 'rejected')
                order by c.id""")
                .query((rs, n) -> new LabeledItem(rs.getString(1),
                        rs.getString(3).equals("rejected") ? TriageCategories.CONTEXT : rs.getString(2), rs.getString(4)))
                .list().stream().filter(i -> TriageCategories.isKnown(i.category())).forEach(items::add);
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
