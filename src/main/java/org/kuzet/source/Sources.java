package org.kuzet.source;

import java.util.Optional;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.Today;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Component;

/** Sources as other features use them. */
@Component
public class Sources {

    private final SourceStore store;
    private final org.kuzet.reference.ApiReferences references;

    Sources(SourceStore store, org.kuzet.reference.ApiReferences references) {
        this.store = store;
        this.references = references;
    }

    /**
     * Records a source from the staff's incident page, by the same rules as the API: the fields are those of the
     * API's body ({@code kind}, {@code title}, {@code url}, {@code outlet_name}, {@code published_on},
     * {@code archived_text}, {@code confidential}); the archived text's SHA-256 and the time of archiving are added.
     *
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    public long archive(tools.jackson.databind.JsonNode fields) {
        JsonRecord record = new JsonRecord(fields, SourceInput.FIELDS);
        SourceInput input = SourceInput.read(record, references, Today.CLOCK);
        record.throwIfInvalid();
        return store.create(input, null, Viewer.current().username());
    }

    public boolean exists(long id) {
        return store.exists(id);
    }

    /** Whether this viewer may see the source (the public: only sources of published records, none hidden). */
    public boolean visible(long id, Viewer viewer) {
        return store.visible(id, viewer);
    }

    public Optional<Source> find(long id, Viewer viewer) {
        return store.find(id, viewer);
    }
}
