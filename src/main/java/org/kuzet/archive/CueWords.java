package org.kuzet.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words of the category tree (V2__taxonomy.sql), read from a copy shipped in the jar so that a dry run
 * needs no database. A cue matches when each of its words begins a word of the text, in order ("нарушени прав
 * журналист" matches "нарушениях прав журналистов"); Russian cue words are cut to their stem first so that a cue in
 * one case matches the text in another ("досудебные" matches "досудебных").
 */
final class CueWords {

    record Cue(String category, String group, String lang, List<String> words) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final String[] RUSSIAN_ENDINGS = {"иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
        "ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ую", "юю", "ов", "ев", "ей", "ам", "ям", "ах", "ях",
        "ом", "ем", "ии", "ия", "ию", "а", "я", "ы", "и", "е", "о", "у", "ю", "ь", "й"};

    private final List<Cue> cues;
    private final Map<String, String> groupOf;

    private CueWords(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<String, String> groups = new LinkedHashMap<>();
        for (Cue c : cues) {
            groups.put(c.category, c.group);
        }
        this.groupOf = Map.copyOf(groups);
    }

    static CueWords load() {
        try (InputStream in = CueWords.class.getResourceAsStream("category-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("category-cues.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Cue> cues = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cues.add(new Cue(f[0], f[1], f[2], stems(words(f[3]), f[2])));
            }
            return new CueWords(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cue rows as (code, lang, cue) strings, to compare with the database. */
    List<Cue> all() {
        return cues;
    }

    boolean isGroup(String code) {
        return groupOf.containsKey(code) && groupOf.get(code).isEmpty() && !code.equals("context");
    }

    /** The group of a category, or "" for a group. */
    String groupOf(String code) {
        return groupOf.getOrDefault(code, "");
    }

    /** The group whose cues the text matches best. */
    Optional<String> group(String text) {
        return best(text, code -> isGroup(code));
    }

    /** The category (not a group, not context) whose cues the text matches best, among those allowed. */
    Optional<String> category(String text, java.util.function.Predicate<String> allowed) {
        return best(text, code -> !groupOf(code).isEmpty() && allowed.test(code));
    }

    /** Does any cue of this code match the text? */
    boolean matches(String text, String code) {
        List<String> words = words(text);
        return cues.stream().anyMatch(c -> c.category.equals(code) && at(words, c.words) >= 0);
    }

    Set<String> categoriesIn(String group) {
        Set<String> out = new java.util.LinkedHashSet<>();
        groupOf.forEach((code, g) -> {
            if (g.equals(group)) {
                out.add(code);
            }
        });
        return out;
    }

    private Optional<String> best(String text, java.util.function.Predicate<String> allowed) {
        List<String> words = words(text);
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        for (Cue c : cues) {
            if (!allowed.test(c.category)) {
                continue;
            }
            int at = at(words, c.words);
            if (at >= 0) {
                score.merge(c.category, c.words.size() * 10 + c.words.stream().mapToInt(String::length).sum(),
                        Integer::sum);
                firstAt.merge(c.category, at, Math::min);
            }
        }
        return score.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(firstAt.get(b.getKey()), firstAt.get(a.getKey()))
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey);
    }

    /** Where the cue's words begin consecutive words of the text, or -1. */
    static int at(List<String> text, List<String> cue) {
        outer:
        for (int i = 0; i + cue.size() <= text.size(); i++) {
            for (int j = 0; j < cue.size(); j++) {
                if (!text.get(i + j).startsWith(cue.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> stems(List<String> words, String lang) {
        return words.stream().map(w -> stem(w, lang)).toList();
    }

    static String stem(String word, String lang) {
        if (lang.equals("ru") && word.length() > 4) {
            for (String ending : RUSSIAN_ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
        }
        if (lang.equals("en") && word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
