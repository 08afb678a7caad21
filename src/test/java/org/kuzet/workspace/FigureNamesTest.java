package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report's figures by name in each language: a count by its category, the others by the archive's words. */
class FigureNamesTest {

    @Test
    void everyKindOfFigureKeyHasANameInEachLanguageAndAnUnknownOneStaysAsItIs() {
        Map<String, String> categories = Map.of("rights_violations", "Нарушения прав журналистов, СМИ и ньюсмейкеров");
        Map<String, String> ru = ArchiveLabels.of("ru");
        Map<String, String> names = FigureNames.of(List.of("counts.rights_violations", "judicial_acts", "ytd.civil",
                "previous_year.criminal_in_court", "counts.unheard_of", "family.kind"), ru, categories);

        assertThat(names).containsEntry("counts.rights_violations", "Нарушения прав журналистов, СМИ и ньюсмейкеров")
                .containsEntry("judicial_acts", "Судебные акты по делам о чести и достоинстве")
                .containsEntry("ytd.civil", "С начала года: гражданские иски")
                .containsEntry("previous_year.criminal_in_court", "За тот же период прошлого года: уголовные дела в суде")
                .containsEntry("counts.unheard_of", "counts.unheard_of")
                .containsEntry("family.kind", "family.kind");
        for (String lang : List.of("en", "ru", "kk")) {
            Map<String, String> labels = ArchiveLabels.of(lang);
            for (String family : List.of("new_cases", "ytd", "previous_year")) {
                KnownFigures.KINDS.forEach(kind -> assertThat(FigureNames.name(family + "." + kind, labels, Map.of()))
                        .as(lang + " " + family + "." + kind).doesNotContain("."));
            }
        }
    }
}
