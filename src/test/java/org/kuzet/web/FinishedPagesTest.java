package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Every page is finished: no inline style anywhere (the CSP blocks them, so a page relying on one shows unstyled),
 * htmx told not to inject its own, a favicon, and counts said with each language's plural forms.
 */
class FinishedPagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void noTemplateCarriesAStyleOfItsOwn() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            // the printed page's layout is read by the PDF renderer alone, which no CSP governs and which cannot
            // fetch the site's stylesheet: its style travels with it
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.endsWith(Path.of("portal", "print.html"))).toList()) {
                String html = Files.readString(file);
                if (html.contains("<style") || html.matches("(?s).*\\sstyle=.*") || html.contains("th:style")) {
                    inline.add(TEMPLATES.relativize(file).toString());
                }
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void theLayoutKeepsHtmxFromInjectingAStyleAndNamesAFavicon() throws IOException {
        String layout = Files.readString(TEMPLATES.resolve("fragments/layout.html"));
        assertThat(layout).contains("name=\"htmx-config\"", "\"includeIndicatorStyles\": false", "rel=\"icon\"");
        assertThat(Path.of("src/main/resources/static/favicon.svg")).exists();
        assertThat(Files.readString(Path.of("src/main/resources/static/css/kuzet.css"))).contains(".htmx-indicator");
    }

    @Test
    void countsUseEachLanguagesPluralForms() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.messages.basename", "i18n/messages");
        MessageSource messages = new IcuMessageSource().messageSource(env);
        assertThat(messages.getMessage("incidents.found.count", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 incident found");
        assertThat(messages.getMessage("incidents.found.count", new Object[] {19}, Locale.ENGLISH))
                .isEqualTo("19 incidents found");
        Locale russian = Locale.forLanguageTag("ru");
        assertThat(messages.getMessage("incidents.found.count", new Object[] {1}, russian))
                .isEqualTo("Найдено 1 нарушение");
        assertThat(messages.getMessage("incidents.found.count", new Object[] {3}, russian))
                .isEqualTo("Найдено 3 нарушения");
        assertThat(messages.getMessage("incidents.found.count", new Object[] {11}, russian))
                .isEqualTo("Найдено 11 нарушений");
        assertThat(messages.getMessage("incidents.found.count", new Object[] {21}, Locale.forLanguageTag("kk")))
                .isEqualTo("21 бұзушылық табылды");
        assertThat(messages.getMessage("setup.title", null, russian)).isEqualTo("Создание первого администратора");
    }
}
