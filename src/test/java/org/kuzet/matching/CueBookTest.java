package org.kuzet.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kuzet.taxonomy.Categories;

/** Cue words in three languages, matched as stems; the taxonomy's cues and one's own. */
class CueBookTest {

    private final CueBook taxonomy = TextMatchers.standalone().cues();

    private static final CueBook OWN = CueBook.of(List.of(
            new Categories.Cue("voices", "", "en", "voices"),
            new Categories.Cue("threats", "voices", "en", "threatened"),
            new Categories.Cue("threats", "voices", "ru", "угрозы"),
            new Categories.Cue("threats", "voices", "kk", "қорқыт"),
            new Categories.Cue("blocking", "voices", "ru", "блокировка сайта"),
            new Categories.Cue("court", "voices", "en", "in court")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Unknown men threatened a reporter.|threats",
        "Журналисту поступили угрозы в мессенджере.|threats",
        "Журналист получил угрозу.|threats",
        "Тілшіні қорқытқан.|threats",
        "Сайт заблокировали после блокировки сайтов.|blocking",
        "The case is now in court.|court",
    })
    void aCueInEnglishRussianOrKazakhInAnyForm(String text, String category) {
        assertThat(OWN.category(text, c -> true)).contains(category);
    }

    @Test
    void shortCueWordsMatchWhole() {
        assertThat(OWN.category("Independent court reporters", c -> true)).isEmpty();
        assertThat(OWN.find(Tokens.of("The case is in court."))).hasSize(1);
    }

    @Test
    void groupsAreToldFromCategories() {
        assertThat(OWN.isGroup("voices")).isTrue();
        assertThat(OWN.isGroup("threats")).isFalse();
        assertThat(OWN.groupOf("threats")).isEqualTo("voices");
        assertThat(OWN.group("Voices of the region")).contains("voices");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A journalist was harassed and intimidated by the police.|threats",
        "Журналисту угрожали расправой.|threats",
        "Тілшіге қауіп төндірген.|threats",
        "Сайт издания заблокирован.|blocking",
    })
    void theTaxonomysCuesFromTheMigrations(String text, String category) {
        assertThat(taxonomy.category(text, c -> !c.equals("context"))).contains(category);
    }

    @Test
    void theTaxonomysGroupsAreItsGroups() {
        assertThat(taxonomy.isGroup("rights_violations")).isTrue();
        assertThat(taxonomy.groupOf("threats")).isEqualTo("rights_violations");
        assertThat(taxonomy.isGroup("context")).isFalse();
    }
}
