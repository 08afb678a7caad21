package org.kuzet.source;

import org.kuzet.source.internal.SourceInput;
import org.kuzet.source.internal.SourceSection;
import org.kuzet.source.internal.SourceStore;
import org.kuzet.core.RecordChange;
import java.util.Map;
import java.util.Optional;
import org.kuzet.api.Conflict;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.ExternalIds;
import org.kuzet.reference.JsonRecord;
import org.kuzet.core.Today;
import org.kuzet.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Sources as other features use them, and the one door through which a source is written (the API, the staff's
 * incident page, archived reports, triage): the same rules for all, and a {@link RecordChange} for each write. A
 * dataset file keeps its own path in {@link SourceSection}.
 */
@Component
public class Sources {

    private final SourceStore store;
    private final ApiReferences references;
    private final ApplicationEventPublisher events;

    Sources(SourceStore store, ApiReferences references, ApplicationEventPublisher events) {
        this.store = store;
        this.references = references;
        this.events = events;
    }

    /**
     * Records a source by the API's rules: the fields are those of the API's body ({@code kind}, {@code title},
     * {@code url}, {@code outlet_name}, {@code published_on}, {@code retrieved_at}, {@code archived_text},
     * {@code confidential}...); the archived text's SHA-256 is added, and the time of archiving when not given.
     *
     * @param by the account (or {@code cli:<user>}) recording it
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    @Transactional
    public long record(JsonNode fields, String by) {
        return record(read(fields), by);
    }

    private long record(SourceInput input, String by) {

        if (input.externalId() != null && store.idByExternalId(input.externalId()).isPresent()) {
            throw new Conflict("conflict.externalIdExists", "source", input.externalId());
        }
        long id = ExternalIds.unique(input.externalId(), () -> store.create(input, null, by));
        events.publishEvent(RecordChange.recorded("source", id, by, stored(id)));
        return id;
    }

    /** Changes a source by the API's rules, the fields as {@link #record(JsonNode, String)} takes them. */
    @Transactional
    public void change(long id, JsonNode fields, String by) {
        SourceInput input = read(fields);
        if (input.externalId() != null && store.idByExternalId(input.externalId()).filter(o -> o != id).isPresent()) {
            throw new Conflict("conflict.externalIdTaken", "source", input.externalId());
        }
        Map<String, Object> before = stored(id);
        ExternalIds.unique(input.externalId(), () -> {
            store.update(id, input, null);
            return id;
        });
        events.publishEvent(RecordChange.changed("source", id, by, before, stored(id)));
    }

    /** The fields read by the API's rules, or {@link org.kuzet.api.InvalidInput} naming each wrong one. */
    private SourceInput read(JsonNode fields) {

        JsonRecord record = new JsonRecord(fields, SourceInput.FIELDS);
        SourceInput input = SourceInput.read(record, references, Today.CLOCK);
        record.throwIfInvalid();
        return input;
    }

    /** What the audit log keeps of the source: its confidential fields sealed as they are stored. */
    private Map<String, Object> stored(long id) {
        return store.sealedRecords(id).getFirst().toRecord();
    }

    /**
     * The sources that are the same document as one of these, they included: the same URL or the same archived
     * text (SHA-256). For finding records that may repeat one another, never for showing: no visibility applies.
     */
    public java.util.List<Long> sameDocument(java.util.List<Long> ids) {
        return store.sameDocument(ids);
    }

    public boolean exists(long id) {
        return store.exists(id);
    }

    /** The source stored under this external id, if any (an exchange file names its sources by external id). */
    public Optional<Long> idByExternalId(String externalId) {
        return store.idByExternalId(externalId);
    }

    /** Whether this viewer may see the source (the public: only sources of published records, none hidden). */
    public boolean visible(long id, Viewer viewer) {
        return store.visible(id, viewer);
    }

    public Optional<Source> find(long id, Viewer viewer) {
        return store.find(id, viewer);
    }
}
