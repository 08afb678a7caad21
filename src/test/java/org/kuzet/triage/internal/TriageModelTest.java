package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kuzet.triage.CategoryScore;

class TriageModelTest {

    private final TriageModel model = TriageModel.shipped();

    /** The figures measured on the held-out part are in docs/performance.md; the floors sit below them. */
    @Test
    void heldOutFiguresStayAboveTheirFloors() {
        Evaluation evaluation = Evaluation.of(model, LabeledSet.shipped().heldOut());
        assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(0.87);
        assertThat(evaluation.groupAccuracy()).isGreaterThanOrEqualTo(0.92);
        assertThat(evaluation.topThreeAccuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void labeledSetCoversEveryCategoryInEveryLanguage() {
        LabeledSet set = LabeledSet.shipped();
        assertThat(set.all()).hasSizeGreaterThanOrEqualTo(22 * 60 * 3);
        Map<String, Long> perCategoryAndLanguage = set.all().stream()
                .collect(Collectors.groupingBy(i -> i.category() + "|" + i.lang(), Collectors.counting()));
        assertThat(perCategoryAndLanguage).hasSize(TriageCategories.CODES.size() * 3);
        assertThat(perCategoryAndLanguage.values()).allMatch(n -> n >= 60);
        Map<String, Long> perLanguage = set.all().stream()
                .collect(Collectors.groupingBy(LabeledItem::lang, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("en", "ru", "kk");
        assertThat(perLanguage.values()).allMatch(n -> n >= 150);
    }

    @Test
    void heldOutItemsAreNotTrainedOn() {
        LabeledSet set = LabeledSet.shipped();
        assertThat(set.heldOut()).hasSizeGreaterThanOrEqualTo(set.all().size() / 6);
        assertThat(set.training()).doesNotContainAnyElementsOf(set.heldOut());
        assertThat(set.training().size() + set.heldOut().size()).isEqualTo(set.all().size());
        Map<String, Long> heldOutPerCategory = set.heldOut().stream()
                .collect(Collectors.groupingBy(LabeledItem::category, Collectors.counting()));
        assertThat(heldOutPerCategory).containsOnlyKeys(TriageCategories.CODES.toArray(String[]::new));
    }

    /** Of the held-out items, those told in a category's last two wordings are the ones in words training never met. */
    @Test
    void heldOutItemsInUnseenWordingsAreThoseOfEachCategorysLastTwo() throws java.io.IOException {
        String lines = String.join("\n",
                "{\"text\": \"a\", \"category\": \"attacks\", \"lang\": \"en\", \"wording\": 0, \"split\": \"train\"}",
                "{\"text\": \"b\", \"category\": \"attacks\", \"lang\": \"en\", \"wording\": 0, \"split\": \"held-out\"}",
                "{\"text\": \"c\", \"category\": \"attacks\", \"lang\": \"en\", \"wording\": 1, \"split\": \"train\"}",
                "{\"text\": \"d\", \"category\": \"attacks\", \"lang\": \"en\", \"wording\": 2, \"split\": \"held-out\"}",
                "{\"text\": \"e\", \"category\": \"attacks\", \"lang\": \"en\", \"wording\": 3, \"split\": \"held-out\"}",
                "{\"text\": \"f\", \"category\": \"threats\", \"lang\": \"en\", \"wording\": 5, \"split\": \"held-out\"}",
                "{\"text\": \"g\", \"category\": \"threats\", \"lang\": \"en\", \"wording\": 1, \"split\": \"held-out\"}");
        LabeledSet set = LabeledSet.read(new java.io.BufferedReader(new java.io.StringReader(lines)));
        assertThat(set.heldOutInUnseenWordings()).extracting(LabeledItem::text).containsExactly("d", "e", "f");

        LabeledSet shipped = LabeledSet.shipped();
        assertThat(shipped.heldOut()).containsAll(shipped.heldOutInUnseenWordings());
        assertThat(shipped.heldOutInUnseenWordings()).extracting(LabeledItem::category)
                .containsAll(TriageCategories.CODES);
    }

    @Test
    void aCueWordIsNeverOverruledSilently() {
        Classification result = model.classify("Редакцию газеты заблокировали вчера");
        assertThat(result.proposals(0.15, 4)).extracting(CategoryScore::category).contains("blocking");
        assertThat(result.why()).anyMatch(line -> line.startsWith("cue \"") && line.contains("(blocking)"));
    }

    @Test
    void everySuggestionSaysWhy() {
        Classification result = model.classify(
                "Kostanay: a judge removed a journalist from the courtroom during an open court hearing.");
        assertThat(result.category()).isEqualTo("judicial_transparency_violation");
        assertThat(result.why()).anyMatch(line -> line.startsWith("cue \"courtroom\""));
        // the reasons are the text's own words, never feature names
        assertThat(result.why()).anyMatch(line -> line.startsWith("words \"") && line.contains("courtroom"));
        assertThat(result.why()).noneMatch(line -> line.contains("w:") || line.contains("p:") || line.contains("c:"));
        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.ranked().stream().mapToDouble(CategoryScore::score).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void kazakhAndRussianTextsAreClassifiedToo() {
        assertThat(model.classify("Журналисті полиция ұстап, қамауға алды").category()).isEqualTo("detention");
        assertThat(model.classify("Сайт подвергся DDoS-атаке, хакеры взломали почту редакции").category())
                .isEqualTo("unauthorized_access_ddos");
    }
}
