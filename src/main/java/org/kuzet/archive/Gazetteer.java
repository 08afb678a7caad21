package org.kuzet.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.spelling.Spelling;

/**
 * The spellings of the gazetteer's places (V3__gazetteer.sql), read from a copy shipped in the jar so that a dry
 * run needs no database. Names are compared by their spelling key, so Qostanay finds Kostanay.
 */
final class Gazetteer {

    record Place(String code, String spelling) {
    }

    record Found(String code, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final Map<String, String> codeByKey;
    private final Map<String, String> codeByStem;
    private final List<Place> places;
    private final int longest;

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> byStem = new HashMap<>();
        int words = 1;
        for (Place p : places) {
            // The first spelling of a key wins: the file lists a place's own names before its aliases.
            byKey.putIfAbsent(Spelling.key(p.spelling), p.code);
            if (CYRILLIC.matcher(p.spelling).find()) {
                byStem.putIfAbsent(stemKey(p.spelling), p.code);
            }
            words = Math.max(words, p.spelling.split("\\s+").length);
        }
        this.codeByKey = Map.copyOf(byKey);
        this.codeByStem = Map.copyOf(byStem);
        this.longest = words;
    }

    static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("place-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("place-names.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Place> places = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    places.add(new Place(f[0], f[1]));
                }
            }
            return new Gazetteer(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Russian names in another case ("в Костанае", "Павлодарской области"): compared by the stems of their words. */
    private String inflected(String name) {
        return CYRILLIC.matcher(name).find() ? codeByStem.get(stemKey(name)) : null;
    }

    private static String stemKey(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            out.append(CueWords.stem(word, "ru")).append(' ');
        }
        return Spelling.key(out.toString());
    }

    List<Place> all() {
        return places;
    }

    /** The place a name denotes, in any spelling. */
    Optional<String> code(String name) {
        return Optional.ofNullable(codeByKey.get(Spelling.key(name)));
    }

    /** Every place named in the text, longest names first where they overlap, in text order. */
    List<Found> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Found match = null;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && match == null; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String name = text.substring(start, end);
                if (Character.isUpperCase(name.charAt(0))) {
                    String code = codeByKey.get(Spelling.key(name));
                    if (code == null) {
                        code = inflected(name);
                    }
                    if (code != null) {
                        match = new Found(code, start, end);
                        i += n;
                    }
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(match);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }
}
