package org.kuzet.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable cue words per category in three languages. The shipped list (triage/cues.tsv) is the same as
 * category_cue of the V2 migration, so the model works without a database; with one, the staff's edited list is
 * passed in instead. Cues are indexed by the first letter of their first word so that a text is scanned once.
 */
final class CueBook {

    static final String RESOURCE = "/triage/cues.tsv";

    private final List<Cue> cues;
    private final Map<Character, List<Cue>> byFirstLetter = new HashMap<>();

    CueBook(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        for (Cue cue : cues) {
            if (!cue.words().isEmpty()) {
                byFirstLetter.computeIfAbsent(cue.words().getFirst().charAt(0), k -> new ArrayList<>()).add(cue);
            }
        }
    }

    static CueBook shipped() {
        try (InputStream in = CueBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new CueBook(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Cue> parse(BufferedReader reader) throws IOException {
        List<Cue> cues = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalArgumentException("cues line " + number + ": expected code, lang and cue separated by tabs");
            }
            cues.add(Cue.of(columns[0].strip(), columns[1].strip(), columns[2].strip()));
        }
        return cues;
    }

    List<Cue> cues() {
        return cues;
    }

    List<CueHit> find(List<String> tokens) {
        List<CueHit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            addMatches(byFirstLetter.get(token.charAt(0)), tokens, i, hits);
            for (String prefix : Cue.RUSSIAN_PREFIXES) {
                if (token.length() > prefix.length() + 4 && token.startsWith(prefix)) {
                    addMatches(byFirstLetter.get(token.charAt(prefix.length())), tokens, i, hits);
                }
            }
        }
        return hits;
    }

    private static void addMatches(List<Cue> candidates, List<String> tokens, int position, List<CueHit> hits) {
        if (candidates == null) {
            return;
        }
        for (Cue cue : candidates) {
            if (cue.matchesAt(tokens, position) && hits.stream().noneMatch(h -> h.position() == position && h.cue() == cue)) {
                hits.add(new CueHit(cue, position));
            }
        }
    }
}
