package org.kuzet.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Texts;
import org.kuzet.core.Untranslated;
import org.kuzet.security.Viewer;
import java.util.Optional;
import org.kuzet.actor.internal.ActorStore;
import org.kuzet.spelling.Spelling;
import org.springframework.stereotype.Component;

/** Actors as other features use them: who is written this way, does an actor exist, what is its name. */
@Component
public class Actors {

    private final ActorStore store;

    Actors(ActorStore store) {
        this.store = store;
    }

    /** Ids of the actors whose name or an alias is written this way in any script (Азаттық finds Azattyq). */
    public List<Long> findBySpelling(String name) {
        String key = Spelling.key(name);
        return key.isEmpty() ? List.of() : store.idsByKey(key);
    }

    /**
     * Names of the actors one of whose spellings begins as typed, in any script ("Азаттық" offers "Azattyq"); nothing
     * for fewer than two letters.
     */
    public List<String> namesBeginning(String typed, int limit) {
        String key = Spelling.key(typed);
        return key.length() < 2 ? List.of() : store.namesByKeyPrefix(key, limit);
    }

    public boolean exists(long id) {
        return store.name(id).isPresent();
    }

    public Optional<String> name(long id) {
        return store.name(id);
    }

    public Optional<Actor> find(long id) {
        return store.find(id);
    }

    /**
     * Stores the translations of the actor's description typed beside the original (monitors and up); the
     * original and everything else stay as they are. Announced as a change.
     *
     * @throws org.kuzet.api.Forbidden for anyone else
     * @throws org.kuzet.api.InvalidInput naming each translation that is wrong; nothing is stored then
     * @throws org.kuzet.api.NotFound when there is no such actor
     */
    public void translate(long id, Map<String, Texts.Translation> translations, Viewer by) {
        if (!by.isMonitor()) {
            throw new org.kuzet.api.Forbidden("Only monitors, editors and admins translate actors' descriptions.");
        }
        store.translate(id, translations);
    }

    /** The actor's description with its translations; empty when there is no such actor. */
    public Optional<Texts> texts(long id) {
        return store.find(id).map(a -> new Texts(a.language(), null, a.description(), a.translations()));
    }

    /** The actors the days' incidents and statements name whose description lacks a translation, by name. */
    public List<Untranslated> untranslated(LocalDate from, LocalDate to) {
        return store.untranslated(from, to);
    }
}
