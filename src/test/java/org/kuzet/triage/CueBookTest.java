package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueBookTest {

    /** The shipped cue file must say what the V2 migration puts in category_cue, no more and no less. */
    @Test
    void shippedCuesAreTheCuesOfTheTaxonomyMigration() throws IOException {
        String v2;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__taxonomy.sql")) {
            v2 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> migrated = new HashSet<>();
        Matcher row = Pattern.compile("\\('([a-z_]+)', '(en|ru|kk)', array\\[(.*?)\\]\\)").matcher(v2);
        while (row.find()) {
            Matcher cue = Pattern.compile("'((?:[^']|'')*)'").matcher(row.group(3));
            while (cue.find()) {
                migrated.add(row.group(1) + "|" + row.group(2) + "|" + cue.group(1).replace("''", "'"));
            }
        }
        Set<String> shipped = new HashSet<>();
        for (Cue cue : CueBook.shipped().cues()) {
            shipped.add(cue.category() + "|" + cue.lang() + "|" + cue.text());
        }
        assertThat(migrated).hasSizeGreaterThan(200);
        assertThat(shipped).isEqualTo(migrated);
    }

    @Test
    void cueWordsMatchAsPrefixesAndShortWordsWhole() {
        CueBook book = new CueBook(List.of(Cue.of("criminal_court", "en", "in court"),
                Cue.of("rights_violations", "ru", "нарушени прав журналист")));
        assertThat(book.find(Tokens.of("The case is now in court."))).hasSize(1);
        assertThat(book.find(Tokens.of("Independent court reporters"))).isEmpty();
        assertThat(book.find(Tokens.of("Нарушения прав журналистов в марте"))).hasSize(1);
    }

    @Test
    void aMalformedCueLineIsNamed() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CueBook.parse(
                new java.io.BufferedReader(new java.io.StringReader("# comment\nthreats\ten\n")))))
                .hasMessageContaining("line 2");
    }
}
