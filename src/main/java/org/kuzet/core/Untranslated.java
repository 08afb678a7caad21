package org.kuzet.core;

import java.util.List;
import java.util.Optional;

/**
 * A record whose title or summary still lacks a translation, as the staff's list of work shows it: what names it (a
 * title, a speaker, an actor's name), its date as precise as known ("" when it has none), the language of its
 * original and the languages it lacks ({@link Texts#missing}). Each owner of translated records lists its own.
 */
public record Untranslated(long id, String name, String date, String language, List<String> missing) {

    /** The record's entry, or empty when its texts are there in all three languages. */
    public static Optional<Untranslated> of(long id, String name, String date, Texts texts) {
        List<String> missing = texts.missing();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Untranslated(id, name, date == null ? "" : date, texts.language(), missing));
    }
}
