package org.kuzet.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem key the main code names ({@code "problem.*"}, {@code "conflict.*"}) has the API's English and a sentence in English,
 * Russian and Kazakh, and every one of those texts formats: no argument left unfilled, no apostrophe doubled or
 * swallowed.
 */
class ProblemKeysTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path API_ENGLISH = Path.of("src/main/resources/org/kuzet/core", ApiEnglish.FILE);
    private static final Map<String, Path> BUNDLES = Map.of(
            "en", Path.of("src/main/resources/i18n/messages.properties"),
            "ru", Path.of("src/main/resources/i18n/messages_ru.properties"),
            "kk", Path.of("src/main/resources/i18n/messages_kk.properties"));
    private static final Pattern KEY = Pattern.compile("\"((?:problem|conflict)\\.[A-Za-z0-9]+)\"");
    private static final Object[] ARGS = {"A0", "A1", "A2", "A3"};
    /** A problem made with a literal text: it must be a key, never an English sentence. */
    private static final Pattern MADE = Pattern.compile("(?:InvalidInput\\.of|FieldProblem\\.of|\\.problem)\\((?:\"[^\"]*\"|[^;\"])*?,\\s*"
            + "\"([^\"]*)\"|new (?:Conflict|BadValue|TimelineRuleBroken)\\((?:\\s*\"[a-z_]+\",)?\\s*\"([^\"]*)\"");

    @Test
    void everyKeyTheCodeNamesHasTheApiEnglishAndASentenceInEachLanguage() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).as("problem keys found in the main code").hasSizeGreaterThan(50);
        Properties api = load(API_ENGLISH);
        assertThat(used).as("keys without the API's English in " + API_ENGLISH)
                .allMatch(api::containsKey);
        for (Map.Entry<String, Path> bundle : BUNDLES.entrySet()) {
            Properties texts = load(bundle.getValue());
            List<String> missing = new ArrayList<>();
            for (String key : new TreeSet<>(api.stringPropertyNames())) {
                if (!texts.containsKey(key) || texts.getProperty(key).isBlank()) {
                    missing.add(key);
                }
            }
            assertThat(missing).as("problem keys missing in %s", bundle.getValue()).isEmpty();
        }
    }

    @Test
    void everyTextFormatsWithItsArguments() throws IOException {
        List<String> broken = new ArrayList<>();
        check("api", load(API_ENGLISH), ULocale.ENGLISH, broken);
        for (Map.Entry<String, Path> bundle : BUNDLES.entrySet()) {
            Properties texts = load(bundle.getValue());
            Properties problems = new Properties();
            texts.stringPropertyNames().stream().filter(k -> k.startsWith("problem.") || k.startsWith("conflict."))
                    .forEach(k -> problems.setProperty(k, texts.getProperty(k)));
            check(bundle.getKey(), problems, new ULocale(bundle.getKey()), broken);
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyProblemIsMadeWithAKeyNotWithEnglish() throws IOException {
        List<String> english = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = MADE.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!KEY.matcher("\"" + text + "\"").matches()) {
                        english.add(MAIN.relativize(file) + ": " + text);
                    }
                }
            }
        }
        assertThat(english).isEmpty();
    }

    /** The domain says what is wrong in its own words; only the API's English may name a route to use instead. */
    @Test
    void noSentenceForPeopleNamesARoute() throws IOException {
        for (Path bundle : BUNDLES.values()) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("problem.") || k.startsWith("conflict."))
                    .filter(k -> texts.getProperty(k).contains("/api/") || texts.getProperty(k).contains("/staff/")))
                    .as("problem sentences naming a route in %s", bundle).isEmpty();
        }
    }

    @Test
    void aProblemSaysItsApiEnglish() {
        assertThat(FieldProblem.of("place", "problem.place", "kz-nowhere").message())
                .isEqualTo("not in the gazetteer: 'kz-nowhere'");
        assertThat(FieldProblem.of("sources[0]", "problem.noSuchRecord", "source", "id_or_external_id", "x").message())
                .isEqualTo("no source with id or external id 'x'");
        assertThat(new BadValue("problem.noSuchDay", "2023-02-29").at("date").within("incidents[3]"))
                .isEqualTo(new FieldProblem("incidents[3].date", "problem.noSuchDay", List.of("2023-02-29")));
    }

    /** A text with a brace is formatted as the message source formats it; one without is shown as it is. */
    private static void check(String language, Properties texts, ULocale locale, List<String> broken) {
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String pattern = texts.getProperty(key);
            String shown;
            try {
                shown = pattern.contains("{") ? new MessageFormat(pattern, locale).format(ARGS) : pattern;
            } catch (IllegalArgumentException e) {
                broken.add(language + " " + key + ": " + e.getMessage());
                continue;
            }
            if (shown.contains("{") || shown.contains("}") || shown.contains("''")) {
                broken.add(language + " " + key + ": " + shown);
            }
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
