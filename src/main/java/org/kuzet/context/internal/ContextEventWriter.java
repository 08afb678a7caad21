package org.kuzet.context.internal;

import org.kuzet.core.RecordChange;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.kuzet.api.Conflict;
import org.kuzet.api.Forbidden;
import org.kuzet.api.NotFound;
import org.kuzet.context.ContextDraft;
import org.kuzet.context.ContextEvents;
import org.kuzet.security.Viewer;
import org.kuzet.place.Places;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.ExternalIds;
import org.kuzet.reference.JsonRecord;
import org.kuzet.core.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Every write of a context event but a dataset file's (the API, and archived reports through
 * {@link org.kuzet.context.ContextEvents}): the API's rules for all, and a {@link RecordChange} for each write. A
 * dataset file keeps its own path in {@link ContextEventSection}.
 */
@Component
public class ContextEventWriter {

    private final ContextEventStore store;
    private final ApiReferences references;
    private final Places places;
    private final ApplicationEventPublisher events;

    ContextEventWriter(ContextEventStore store, ApiReferences references, Places places,
            ApplicationEventPublisher events) {
        this.store = store;
        this.references = references;
        this.places = places;
        this.events = events;
    }

    /** Records a context event, as {@link org.kuzet.context.ContextEvents#record} describes. */
    @Transactional
    public long record(JsonNode fields, String by) {
        ContextEventInput input = read(fields);
        if (input.externalId() != null && store.idByExternalId(input.externalId()).isPresent()) {
            throw new Conflict("conflict.externalIdExists", "context_event", input.externalId());
        }
        long id = ExternalIds.unique(input.externalId(), () -> store.create(input, null));
        events.publishEvent(RecordChange.recorded("context_event", id, by, stored(id)));
        return id;
    }

    /** Records a draft, as {@link org.kuzet.context.ContextEvents#recordDraft} describes. */
    @Transactional
    public ContextEvents.Drafted recordDraft(JsonNode fields, String by) {
        ContextEventInput input = read(fields);
        Optional<Long> same = store.sameEvent(input);
        if (same.isPresent()) {
            return new ContextEvents.Drafted(same.get(), true);
        }
        long id = ExternalIds.unique(input.externalId(), () -> store.createDraft(input));
        events.publishEvent(RecordChange.recorded("context_event", id, by, stored(id)));
        return new ContextEvents.Drafted(id, false);
    }

    /** Publishes a draft after a monitor's review, announced as {@code context_event.published}. */
    @Transactional
    public void publish(long id, Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins publish a context event.");
        }
        if (store.find(id).filter(ContextEvent::isDraft).isEmpty()) {
            throw new NotFound("No draft context event " + id + ".");
        }
        Map<String, Object> before = stored(id);
        store.publish(id, by.username());
        events.publishEvent(new RecordChange("context_event", id, "published", by.username(), before, stored(id)));
    }

    public List<ContextDraft> drafts() {
        return store.drafts();
    }

    /** Writes the checked input over the event (its version is checked by the caller, see Revisions). */
    @Transactional
    void change(long id, ContextEventInput input, String by) {
        if (input.externalId() != null && store.idByExternalId(input.externalId()).filter(o -> o != id).isPresent()) {
            throw new Conflict("conflict.externalIdTaken", "context_event", input.externalId());
        }
        Map<String, Object> before = stored(id);
        ExternalIds.unique(input.externalId(), () -> {
            store.update(id, input, null);
            return id;
        });
        events.publishEvent(RecordChange.changed("context_event", id, by, before, stored(id)));
    }

    /** The fields read by the API's rules (dates in Almaty's day), or InvalidInput naming each wrong one. */
    ContextEventInput read(JsonNode fields) {
        JsonRecord record = new JsonRecord(fields, ContextEventInput.FIELDS);
        ContextEventInput input = ContextEventInput.read(record, references, places, LocalDate.now(Today.CLOCK),
                false);
        record.throwIfInvalid();
        return input;
    }

    private Map<String, Object> stored(long id) {
        return store.records(id).getFirst().toRecord();
    }
}
