package org.kuzet.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.matching.internal.Stems;
import org.kuzet.place.Places;

/**
 * Finds the gazetteer's places in a text by any of their spellings, compared by spelling key (Qostanay = Kostanay =
 * Костанай), the longest name first where names overlap. Russian and Kazakh inflect place names, so a capitalised
 * Cyrillic name also matches in another case: by its case ending ("Оралда", "в Костанае"), by the stems of its words
 * ("Павлодарской области"), or, for one word, by its key less the last letter and at most three more.
 */
public final class PlaceMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final List<Places.Name> names;
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byStems = new HashMap<>();
    private final Map<String, String> byCutKey = new HashMap<>();
    private int longest = 1;

    /** The first place listed with a spelling wins it: the gazetteer lists a place's own names before its aliases. */
    public PlaceMatcher(List<Places.Name> names) {
        this.names = List.copyOf(names);
        for (Places.Name name : names) {
            String key = Keys.of(name.spelling());
            if (key.isEmpty()) {
                continue;
            }
            byKey.putIfAbsent(key, name.code());
            longest = Math.max(longest, key.split(" ").length);
            if (CYRILLIC.matcher(name.spelling()).find()) {
                byStems.putIfAbsent(Keys.of(Stems.russianName(name.spelling())), name.code());
            }
            if (!key.contains(" ") && key.length() >= 5) {
                byCutKey.putIfAbsent(key.substring(0, key.length() - 1), name.code());
            }
        }
    }

    /** Every spelling of every place, as the gazetteer gave them. */
    public List<Places.Name> names() {
        return names;
    }

    /** The place a name denotes, in any spelling, as a whole name (no inflection). */
    public Optional<String> code(String name) {
        return Optional.ofNullable(byKey.get(Keys.of(name)));
    }

    /** Every place named in the text, in text order. */
    public List<PlaceMention> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<PlaceMention> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            PlaceMention match = longestAt(text, words, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i += wordsIn(words, i, match.end());
            }
        }
        return found;
    }

    private PlaceMention longestAt(String text, List<int[]> words, int i) {
        int start = words.get(i)[0];
        if (!Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
            int end = words.get(i + n - 1)[1];
            String name = text.substring(start, end);
            String code = byKey.get(Keys.of(name));
            if (code == null && CYRILLIC.matcher(name).find()) {
                code = inflected(name, n == 1);
            }
            if (code != null) {
                return new PlaceMention(code, name, start, end);
            }
        }
        return null;
    }

    private static int wordsIn(List<int[]> words, int from, int end) {
        int n = 0;
        while (from + n < words.size() && words.get(from + n)[1] <= end) {
            n++;
        }
        return Math.max(n, 1);
    }

    private String inflected(String name, boolean oneWord) {
        if (oneWord) {
            String code = withoutCaseEnding(name);
            if (code != null) {
                return code;
            }
        }
        String code = byStems.get(Keys.of(Stems.russianName(name)));
        return code != null || !oneWord ? code : cut(Keys.of(name));
    }

    private String withoutCaseEnding(String word) {
        String lower = Tokens.lower(word);
        for (String ending : Stems.PLACE_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                String code = byKey.get(Keys.of(word.substring(0, word.length() - ending.length())));
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    /** A one-word name whose key, less one to four last letters, is a place's key less its last letter. */
    private String cut(String key) {
        for (int cut = 0; cut <= 3 && key.length() - cut > 4; cut++) {
            String code = byCutKey.get(key.substring(0, key.length() - cut - 1));
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
