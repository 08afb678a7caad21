package org.kuzet.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The matchers over Kuzet's database: the same rows as without one, and the staff's cue edits at once. */
@SpringBootTest
class TextMatchingTest {

    @Autowired
    TextMatching matching;
    @Autowired
    JdbcClient jdbc;

    @Test
    void withAndWithoutTheDatabaseTheRowsAreTheSame() {
        TextMatchers standalone = TextMatchers.standalone();
        assertThat(matching.places().names()).isEqualTo(standalone.places().names());
        assertThat(matching.cues().cues()).extracting(Cue::category, Cue::lang, Cue::text)
                .isEqualTo(standalone.cues().cues().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.category(), c.lang(), c.text())).toList());
    }

    @Test
    void aCueTheStaffAddIsMatchedAtOnce() {
        String text = "Редакцию обвинили в шпиономании.";
        assertThat(matching.cues().category(text, c -> true)).isEmpty();
        jdbc.sql("insert into category_cue (category_code, lang, cue) values ('threats', 'ru', 'шпиономани')").update();
        try {
            assertThat(matching.cues().category(text, c -> true)).contains("threats");
        } finally {
            jdbc.sql("delete from category_cue where cue = 'шпиономани'").update();
        }
    }
}
