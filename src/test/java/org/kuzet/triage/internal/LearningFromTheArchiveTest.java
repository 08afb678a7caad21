package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.archive.ArchiveImport;
import org.kuzet.archive.ReportExtractor;
import org.kuzet.archive.ReportText;
import org.kuzet.triage.TriageTraining;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After an archive import, the report's items under their category headings are labelled examples: the model trained
 * with some of them gets more of the others right than the one trained without, and the training says what each
 * source gave. Published incidents teach it too.
 */
@SpringBootTest
@org.kuzet.OwnDatabase // the model learns from every archive report stored, and this one may be stored already
class LearningFromTheArchiveTest {

    @Autowired TriageModels models;
    @Autowired ArchiveImport archive;
    @Autowired JdbcClient jdbc;

    /**
     * A report of our own (fixtures/report-2023-05-learning.txt: 21 items under three category headings, each
     * told in the words of the person it happened to, a manner the shipped set does not have): two items in three
     * teach, every third is held out. Trained with the taught ones, the model gives the held-out ones' right
     * categories a clearly higher score than the shipped model does, and gets no fewer of them right.
     */
    @Test
    void archiveItemsTeachTheModel() throws IOException {
        TriageTraining.Report without = models.retrain();
        assertThat(without.itemsBySource()).containsEntry("archive", 0);

        byte[] report;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/report-2023-05-learning.txt")) {
            report = in.readAllBytes();
        }
        archive.store(new ReportExtractor().extract("report-2023-05-learning.txt",
                ReportText.of("report-2023-05-learning.txt", report)), "tester");
        List<LabeledItem> items = models.learnt().get("archive");
        assertThat(items).hasSize(21);
        assertThat(items).extracting(LabeledItem::category).containsOnly("refusal_of_information",
                "persecution_for_dissemination", "civil_claims");

        List<LabeledItem> taught = new ArrayList<>();
        List<LabeledItem> heldOut = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            (i % 3 == 2 ? heldOut : taught).add(items.get(i));
        }
        // the gain: the right categories' mean score rises, and no held-out item that was right turns wrong
        List<LabeledItem> shipped = LabeledSet.shipped().training();
        TriageModel shippedOnly = TriageModel.train(models.cues(), shipped);
        TriageModel taughtToo = TriageModel.train(models.cues(), TriageModels.trainingItems(shipped, Map.of("archive", taught)));
        assertThat(meanScoreOfTheRightCategory(taughtToo, heldOut)).as("mean score of the right category")
                .isGreaterThan(meanScoreOfTheRightCategory(shippedOnly, heldOut) + 0.05);
        assertThat(right(taughtToo, heldOut)).isGreaterThanOrEqualTo(right(shippedOnly, heldOut));

        // the service's retraining uses them, says how many and the held-out figures before and after, and
        // replaces its model only if not worse on the held-out part
        TriageModel old = models.current();
        TriageTraining.Report with = models.retrain();
        assertThat(with.itemsBySource()).containsEntry("archive", 21).containsKey("shipped");
        assertThat(with.before()).isPresent();
        assertThat(with.replaced()).isEqualTo(with.after().macroF1() >= with.before().orElseThrow().macroF1() - 0.001);
        assertThat(models.current() == old).isEqualTo(!with.replaced());
    }

    @Test
    void publishedIncidentsTeachTheModel() {
        // a made-up word the shipped set has never seen, in three published incidents filed as copyright
        int published = models.retrain().itemsBySource().get("published");
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into incident (title, summary, occurred_on, date_precision, primary_category, workflow_state)
                    values (?, 'квымпрель', date '2024-03-01', 'month', 'copyright', 'published')""")
                    .param("Квымпрель случай " + i).update();
        }
        assertThat(models.retrain().itemsBySource()).containsEntry("published", published + 3);
        // a model trained with what the service learnt knows the word (the service keeps its current model when
        // the new one is worse on the held-out part, so the new one is asked here)
        List<LabeledItem> withPublished = new java.util.ArrayList<>(LabeledSet.shipped().training());
        withPublished.addAll(models.learnt().get("published"));
        Classification result = TriageModel.train(models.cues(), withPublished).classify("квымпрель квымпрель");
        assertThat(result.category()).isEqualTo("copyright");
        assertThat(result.why()).anyMatch(line -> line.contains("квымпр"));
    }

    private static double meanScoreOfTheRightCategory(TriageModel model, List<LabeledItem> items) {
        return items.stream().mapToDouble(i -> model.classify(i.text()).scoreOf(i.category())).average().orElseThrow();
    }

    private static long right(TriageModel model, List<LabeledItem> items) {
        return items.stream().filter(i -> model.classify(i.text()).category().equals(i.category())).count();
    }
}
