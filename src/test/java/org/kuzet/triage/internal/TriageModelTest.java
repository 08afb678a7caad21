package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kuzet.triage.CategoryScore;

class TriageModelTest {

    private final TriageModel model = TriageModel.shipped();

    /** Measured 0.62 on the held-out part (docs/benchmarks.md); the floor sits below it to catch regressions. */
    @Test
    void heldOutMacroF1StaysAboveTheFloor() {
        Evaluation evaluation = Evaluation.of(model, LabeledSet.shipped().heldOut());
        assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(0.55);
    }

    @Test
    void labeledSetCoversEveryCategoryInEveryLanguage() {
        LabeledSet set = LabeledSet.shipped();
        assertThat(set.all()).hasSizeGreaterThanOrEqualTo(500);
        Map<String, Long> perCategory = set.all().stream()
                .collect(Collectors.groupingBy(LabeledItem::category, Collectors.counting()));
        assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(TriageCategories.CODES);
        assertThat(perCategory.values()).allMatch(n -> n >= 20);
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

    @Test
    void aCueWordDecidesAnOtherwiseUnknownText() {
        Classification result = model.classify("Редакцию газеты заблокировали вчера");
        assertThat(result.category()).isEqualTo("blocking");
        assertThat(result.why()).anyMatch(line -> line.contains("'блокир'") && line.contains("blocking"));
    }

    @Test
    void everySuggestionSaysWhy() {
        Classification result = model.classify(
                "Kostanay: a judge removed a journalist from the courtroom during an open court hearing.");
        assertThat(result.category()).isEqualTo("judicial_transparency_violation");
        assertThat(result.why()).anyMatch(line -> line.startsWith("cue 'courtroom'"));
        assertThat(result.why()).anyMatch(line -> line.startsWith("feature "));
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
