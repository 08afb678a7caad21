package org.kuzet.source;

import java.util.Optional;
import org.kuzet.reference.Viewer;
import org.springframework.stereotype.Component;

/** Sources as other features use them. */
@Component
public class Sources {

    private final SourceStore store;

    Sources(SourceStore store) {
        this.store = store;
    }

    public boolean exists(long id) {
        return store.exists(id);
    }

    /** Whether this viewer may see the source (the public: only non-confidential sources of published incidents). */
    public boolean visible(long id, Viewer viewer) {
        return store.visible(id, viewer);
    }

    public Optional<Source> find(long id, Viewer viewer) {
        return store.find(id, viewer);
    }
}
