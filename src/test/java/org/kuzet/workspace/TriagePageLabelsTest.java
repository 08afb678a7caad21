package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The triage pages' labels come in the three languages of the site. */
class TriagePageLabelsTest {

    @Test
    void everyPageLabelExistsInThreeLanguages() {
        for (String lang : List.of("en", "ru", "kk")) {
            Map<String, String> labels = TriagePage.labels(lang);
            assertThat(labels).hasSize(TriagePage.KEYS.size());
            assertThat(labels).allSatisfy((key, text) -> assertThat(text).isNotEqualTo(key).isNotBlank());
        }
        assertThat(TriagePage.labels("ru").get("triage.reject")).isEqualTo("Отклонить");
        assertThat(TriagePage.labels("kk").get("triage.reject")).isEqualTo("Қабылдамау");
        assertThat(TriagePage.labels("en").get("triage.reject")).isEqualTo("Reject");
    }
}
