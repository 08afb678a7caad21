package org.kuzet.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.spelling.Spelling;

/**
 * The place names of the V3 gazetteer migration, read from the migration itself so that triage needs no database
 * and cannot drift from it, matched by spelling key (Qostanay = Kostanay = Костанай). Russian and Kazakh inflect
 * place names ("в Костанае", "Қостанайда"), so a single-word name also matches a word that starts with the name's
 * key less its last letter and runs at most three letters further (Cyrillic words only).
 */
final class Gazetteer {

    private static final Pattern ROW = Pattern.compile(
            "^\\('([a-z-]+)', '[a-z_]+', (?:'[a-z-]+'|null), '[A-Z]{2}', '([^']*)', '([^']*)', '([^']*)', (?:true|false), (?:date '[0-9-]+'|null), array\\[(.*?)\\]",
            Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static volatile Gazetteer shipped;

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byStem = new HashMap<>();
    private int longest = 1;

    Gazetteer(Map<String, List<String>> namesByCode) {
        namesByCode.forEach((code, names) -> {
            for (String name : names) {
                String key = Spelling.key(name);
                if (key.isEmpty()) {
                    continue;
                }
                byKey.putIfAbsent(key, code);
                longest = Math.max(longest, key.split(" ").length);
                if (!key.contains(" ") && key.length() >= 5) {
                    byStem.putIfAbsent(key.substring(0, key.length() - 1), code);
                }
            }
        });
    }

    static Gazetteer shipped() {
        if (shipped == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream("/db/migration/V3__gazetteer.sql")) {
                if (in == null) {
                    throw new IllegalStateException("V3__gazetteer.sql is missing from the class path");
                }
                shipped = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    static Gazetteer parse(String migration) {
        Map<String, List<String>> names = new HashMap<>();
        Matcher row = ROW.matcher(migration);
        while (row.find()) {
            List<String> all = new ArrayList<>(List.of(row.group(2), row.group(3), row.group(4)));
            Matcher alias = QUOTED.matcher(row.group(5));
            while (alias.find()) {
                all.add(alias.group(1));
            }
            names.put(row.group(1), all);
        }
        return new Gazetteer(names);
    }

    int size() {
        return byKey.size();
    }

    List<Fact> find(String text, List<Words.Word> words) {
        List<Fact> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                Words.Word first = words.get(i);
                Words.Word last = words.get(i + n - 1);
                if (!first.capitalised()) {
                    break;
                }
                String key = Keys.of(text.substring(first.start(), last.end()));
                String code = byKey.get(key);
                if (code == null && n == 1 && isCyrillic(first.text())) {
                    code = inflected(first.text());
                }
                if (code != null) {
                    found.add(new Fact(Fact.Kind.PLACE, text.substring(first.start(), last.end()), first.start(), last.end(), code));
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
    }

    /** Only Russian and Kazakh inflect place names; "Kazakhstani" is an adjective, not a place. */
    private static boolean isCyrillic(String word) {
        return Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    /** Case endings of Kazakh and Russian place names, longest first: Оралда, Шымкенттегі, Усть-Каменогорске. */
    private static final List<String> ENDINGS = List.of("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның",
            "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "нда", "нде", "ға", "ге",
            "қа", "ке", "да", "де", "та", "те", "ды", "ді", "ом", "ой", "ем", "е", "а", "у", "ы", "и");

    private String inflected(String word) {
        String lower = Tokens.lower(word);
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                String code = byKey.get(Keys.of(word.substring(0, word.length() - ending.length())));
                if (code != null) {
                    return code;
                }
            }
        }
        return stemmed(Keys.of(word));
    }

    private String stemmed(String key) {
        for (int cut = 0; cut <= 3 && key.length() - cut > 4; cut++) {
            String code = byStem.get(key.substring(0, key.length() - cut - 1));
            if (code != null && cut + 1 <= 4) {
                return code;
            }
        }
        return null;
    }
}
