package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report quotes each incident's title in the report's language when it has a translation, and otherwise the
 * original, saying in which language it is ("тек ағылшын тілінде"), in every format made from the same text.
 */
@SpringBootTest
class ReportTranslationsTest {

    private static final String ENGLISH = "Akimat of Taraz refused a reporter the city's grant figures";
    private static final String KAZAKH = "Тараз әкімдігі тілшіге қаланың грант сомаларын бермеді";
    private static final String UNTRANSLATED = "Press barred from the Taraz maslikhat session";
    private static final String CONTEXT = "Taraz akimat set rules for reporters at its sessions";
    private static final String CONTEXT_RU = "Акимат Тараза утвердил правила для журналистов на своих заседаниях";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportDesk reports;

    private final Period november = Period.parse("2019-11");

    @BeforeEach
    void fixture() {
        Fixtures fixtures = new Fixtures(jdbc);
        long refusal = fixtures.published("2019-11-05", "refusal_of_information", "kz-taraz", ENGLISH);
        jdbc.sql("update incident set language = 'en', translations = ?::jsonb where id = ?")
                .params("{\"kk\": {\"title\": \"" + KAZAKH + "\"}}", refusal).update();
        fixtures.published("2019-11-20", "judicial_transparency_violation", "kz-taraz", UNTRANSLATED);
        fixtures.context("2019-11-25", "kz-taraz", "regulation", CONTEXT);
        jdbc.sql("update context_event set description = 'Reporters must ask a day ahead.', translations = ?::jsonb "
                        + "where title = ?")
                .params("{\"ru\": {\"title\": \"" + CONTEXT_RU + "\"}}", CONTEXT).update();
    }

    @Test
    void aContextEventIsQuotedInItsTranslation() {
        assertThat(reports.live(november, Lang.of("ru")).markdown()).contains(CONTEXT_RU).doesNotContain(CONTEXT)
                .contains(CONTEXT_RU + ". Reporters must ask a day ahead. (только на английском)");
        assertThat(reports.live(november, Lang.of("kk")).markdown()).contains(CONTEXT + " (тек ағылшын тілінде)");
    }

    @Test
    void aKazakhReportUsesTheKazakhTitle() {
        String kazakh = reports.live(november, Lang.of("kk")).markdown();
        assertThat(kazakh).contains(KAZAKH).doesNotContain(ENGLISH);
        assertThat(reports.live(november, Lang.of("kk")).html()).contains(KAZAKH);
    }

    @Test
    void anUntranslatedTitleIsQuotedSayingItsLanguage() {
        assertThat(reports.live(november, Lang.of("kk")).markdown())
                .contains(UNTRANSLATED + " (тек ағылшын тілінде)");
        assertThat(reports.live(november, Lang.of("ru")).markdown())
                .contains(ENGLISH + " (только на английском)", UNTRANSLATED + " (только на английском)");
        assertThat(reports.live(november, Lang.of("en")).markdown()).contains(ENGLISH)
                .doesNotContain("English only");
    }
}
