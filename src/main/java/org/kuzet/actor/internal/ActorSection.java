package org.kuzet.actor.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.RecordSection;
import org.kuzet.reference.References;
import org.springframework.stereotype.Component;

/** The {@code actors} section of a dataset file. */
@Component
class ActorSection extends RecordSection<ActorInput> {

    private final ActorStore store;

    ActorSection(ActorStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return store.idByExternalId(externalId);
    }

    @Override
    public List<Map<String, Object>> exportRecords() {
        return store.all().stream().map(actor -> ActorInput.of(actor).toRecord()).toList();
    }

    @Override
    protected List<String> fields() {
        return ActorInput.FIELDS;
    }

    @Override
    protected ActorInput read(JsonRecord record, References references) {
        return ActorInput.read(record);
    }

    @Override
    protected String externalId(ActorInput input) {
        return input.externalId();
    }

    @Override
    protected Map<String, Object> canonical(ActorInput input) {
        return input.toRecord();
    }

    @Override
    protected Optional<String> storedHash(long id) {
        return store.datasetHash(id);
    }

    @Override
    protected long create(ActorInput input, String datasetSha256) {
        return store.create(input, datasetSha256);
    }

    @Override
    protected void update(long id, ActorInput input, String datasetSha256) {
        store.update(id, input, datasetSha256);
    }
}
