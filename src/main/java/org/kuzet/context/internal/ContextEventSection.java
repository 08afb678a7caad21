package org.kuzet.context.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.place.Places;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.RecordSection;
import org.kuzet.reference.References;
import org.kuzet.core.Today;
import org.springframework.stereotype.Component;

/** The {@code context_events} section of a dataset file. */
@Component
class ContextEventSection extends RecordSection<ContextEventInput> {

    private final ContextEventStore store;
    private final Places places;

    ContextEventSection(ContextEventStore store, Places places) {
        this.store = store;
        this.places = places;
    }

    @Override
    public String name() {
        return "context_events";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return store.idByExternalId(externalId);
    }

    @Override
    public List<Map<String, Object>> exportRecords() {
        return store.all().stream().map(ContextEventInput::toRecord).toList();
    }

    @Override
    protected List<String> fields() {
        return ContextEventInput.DATASET_FIELDS;
    }

    @Override
    protected ContextEventInput read(JsonRecord record, References references) {
        return ContextEventInput.read(record, references, places, LocalDate.now(Today.CLOCK), true);
    }

    @Override
    protected String externalId(ContextEventInput input) {
        return input.externalId();
    }

    @Override
    protected Map<String, Object> canonical(ContextEventInput input) {
        return input.toRecord();
    }

    @Override
    protected Optional<String> storedHash(long id) {
        return store.datasetHash(id);
    }

    @Override
    protected long create(ContextEventInput input, String datasetSha256) {
        return store.create(input, datasetSha256);
    }

    @Override
    protected void update(long id, ContextEventInput input, String datasetSha256) {
        store.update(id, input, datasetSha256);
    }
}
