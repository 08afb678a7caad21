package org.kuzet.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's title and summary in the language it was written in (its original) and its translations into the other
 * two of {@link Languages#CODES}, any of them missing. A page asks for the text in the visitor's language
 * ({@link #title(String)}, {@link #summary(String)}) and gets the translation when there is one, otherwise the
 * original together with its language, so that the page can say "in Russian only" instead of passing it off.
 *
 * @param language the language of the original (en, ru or kk)
 * @param title the original title (null where a record has none, e.g. an actor's description alone)
 * @param summary the original summary or description ("" when there is none)
 * @param translations by language code, never the original's: each a title and a summary, both stripped
 */
public record Texts(String language, String title, String summary, Map<String, Translation> translations) {

    /** One translation: its title and its summary (either may be blank; a translation with neither is dropped). */
    public record Translation(String title, String summary) {
        boolean isEmpty() {
            return blank(title) && blank(summary);
        }
    }

    /** A text as shown: the words, the language they are in, and whether that is the language asked for. */
    public record Shown(String text, String language, boolean inLanguageAsked) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Translation>> STORED = new TypeReference<>() { };

    /** Letters of Kazakh's Cyrillic alphabet that Russian lacks. */
    private static final Pattern KAZAKH = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    public Texts {
        language = Languages.orEnglish(language);
        summary = summary == null ? "" : summary;
        Map<String, Translation> kept = new LinkedHashMap<>();
        for (String code : Languages.CODES) {
            Translation t = translations == null ? null : translations.get(code);
            if (t != null && !code.equals(language) && !t.isEmpty()) {
                kept.put(code, new Translation(strip(t.title()), strip(t.summary())));
            }
        }
        translations = java.util.Collections.unmodifiableMap(kept);
    }

    /** An untranslated text, in the language its letters suggest ({@link #guessLanguage}). */
    public static Texts of(String title, String summary) {
        return new Texts(guessLanguage(title == null ? summary : title), title, summary, Map.of());
    }

    /**
     * Texts as a form, the API or a dataset file gives them, checked; every problem is added to the list, naming
     * the field as the API does ({@code language}, {@code translations.kk.title}). A missing language is guessed from
     * the title's letters; a translation whose title and summary are both blank is no translation.
     */
    public static Texts checked(String language, String title, String summary, Map<String, Translation> translations,
            List<FieldProblem> problems) {
        String lang = language == null || language.isBlank() ? guessLanguage(title == null ? summary : title)
                : language.strip();
        if (!Languages.supported(lang)) {
            problems.add(Languages.notSpoken("language", lang));
        }
        Map<String, Translation> given = translations == null ? Map.of() : translations;
        given.forEach((code, text) -> {
            String field = "translations." + code;
            if (!Languages.supported(code)) {
                problems.add(Languages.notSpoken(field, code));
            } else if (text != null && !text.isEmpty() && code.equals(lang)) {
                problems.add(FieldProblem.of(field, "problem.translationOwnLanguage"));
            } else if (text != null && title != null && blank(text.title()) && !blank(text.summary())) {
                problems.add(FieldProblem.of(field + ".title", "problem.translationNeedsTitle"));
            }
        });
        return new Texts(lang, title, summary, given);
    }

    /**
     * The language a text's letters suggest, for records written before their language was kept: Kazakh's own
     * letters make it Kazakh, other Cyrillic Russian, anything else English. A guess: a form or file says it outright.
     */
    public static String guessLanguage(String text) {
        if (text == null) {
            return "en";
        }
        if (KAZAKH.matcher(text).find()) {
            return "kk";
        }
        return CYRILLIC.matcher(text).find() ? "ru" : "en";
    }

    /** The translations as the owners' {@code translations} jsonb column holds them. */
    public String translationsJson() {
        // most records have none: a bulk import writes a hundred thousand of these
        return translations.isEmpty() ? "{}" : JSON.writeValueAsString(translations);
    }

    /** Texts as an owner's row holds them: the original, its language and the {@code translations} column. */
    public static Texts stored(String language, String title, String summary, String translationsJson) {
        Map<String, Translation> translations = translationsJson == null || translationsJson.equals("{}") ? Map.of()
                : JSON.readValue(translationsJson, STORED);
        return new Texts(language, title, summary, translations);
    }

    /** The same texts with another original (what an edit typed), the translations kept. */
    public Texts withOriginal(String newTitle, String newSummary) {
        return new Texts(language, newTitle, newSummary, translations);
    }

    /** The title in this language, or the original title when it has no translation. */
    public Shown title(String lang) {
        Translation t = translations.get(lang);
        return t != null && !blank(t.title()) ? new Shown(t.title(), lang, true) : original(title, lang);
    }

    /** The summary in this language, or the original summary when it has no translation. */
    public Shown summary(String lang) {
        Translation t = translations.get(lang);
        return t != null && !blank(t.summary()) ? new Shown(t.summary(), lang, true) : original(summary, lang);
    }

    private Shown original(String text, String asked) {
        return new Shown(text, language, language.equals(asked));
    }

    /**
     * The languages this record still lacks a translation into: no title there (when the original has one), or no
     * summary there (when the original has one).
     */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String code : Languages.CODES) {
            if (code.equals(language)) {
                continue;
            }
            Translation t = translations.getOrDefault(code, new Translation(null, null));
            if ((!blank(title) && blank(t.title())) || (!blank(summary) && blank(t.summary()))) {
                missing.add(code);
            }
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
