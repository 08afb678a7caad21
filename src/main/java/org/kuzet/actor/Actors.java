package org.kuzet.actor;

import java.util.List;
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
}
