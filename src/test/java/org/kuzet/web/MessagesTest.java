package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every label exists in English, Russian and Kazakh, and the templates take their words from the message files:
 * no key a template asks for is missing, and no visible text or accessible name is written into a template in
 * English where a label belongs.
 */
class MessagesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** #{key} and #{key(args)}: a literal message key in a template expression. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");
    /** #{'prefix.' + ${...}}: a key made at run time; its prefix must name some key. */
    private static final Pattern PREFIX_KEY = Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.-]*\\.)'\\s*\\+");
    /** Accessible names and hints a screen reader or a visitor reads. */
    private static final List<String> WORDY_ATTRIBUTES = List.of("aria-label", "placeholder", "title", "alt");
    /** Names of languages in themselves (a language switch names each language in its own words) and the brand. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Kuzet", "English", "Русский", "Қазақша", "EN",
            "RU", "KK");
    @Test
    void everyMessageFileHasTheSameKeysInAllThreeLanguagesAndNoEmptyLabel() throws IOException {
        List<String> bases = baseNames();
        assertThat(bases).contains("messages", "workspace");
        for (String base : bases) {
            Properties en = load(base, "");
            for (String lang : List.of("_ru", "_kk")) {
                Properties other = load(base, lang);
                assertThat(new TreeSet<>(other.stringPropertyNames()))
                        .as("keys of %s%s.properties against %s.properties", base, lang, base)
                        .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
                for (String key : other.stringPropertyNames()) {
                    assertThat(other.getProperty(key)).as("%s%s: %s", base, lang, key).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKeyATemplateAsksForExists() throws IOException {
        Set<String> keys = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher literal = LITERAL_KEY.matcher(text);
            while (literal.find()) {
                if (!keys.contains(literal.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + literal.group(1));
                }
            }
            Matcher prefix = PREFIX_KEY.matcher(text);
            while (prefix.find()) {
                String p = prefix.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + p + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateWritesEnglishWordsWhereALabelBelongs() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element e : doc.getAllElements()) {
                if (replaced(e) || e.tagName().equals("script") || e.tagName().equals("style")) {
                    continue;
                }
                String own = e.ownText();
                if (hasWords(own)) {
                    hardCoded.add(TEMPLATES.relativize(template) + ": <" + e.tagName() + "> " + own);
                }
                for (String attribute : WORDY_ATTRIBUTES) {
                    if (hasWords(e.attr(attribute)) && !e.hasAttr("th:" + attribute)
                            && !e.attr("th:attr").contains(attribute + "=")) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + e.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /** Text that Thymeleaf replaces at render time (the template's own text is only a designer's placeholder). */
    private static boolean replaced(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            for (String a : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove")) {
                if (x.hasAttr(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two letters or more: words (punctuation, digits and dashes are the same in every language). */
    private static boolean hasWords(String text) {
        return text != null && text.codePoints().filter(Character::isLetter).count() >= 2
                && !SAME_IN_EVERY_LANGUAGE.contains(text.strip());
    }

    private static List<String> baseNames() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .filter(n -> !n.matches(".*_(ru|kk)\\.properties")).map(n -> n.replace(".properties", ""))
                    .sorted().toList();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String base : baseNames()) {
            keys.addAll(load(base, "").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String base, String suffix) throws IOException {
        Path file = I18N.resolve(base + suffix + ".properties");
        assertThat(file).as("message file").exists();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
