package org.kuzet.source.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.RecordSection;
import org.kuzet.reference.References;
import org.kuzet.core.Today;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Component;

/** The {@code sources} section of a dataset file; the outlet refers to an actor by external id. */
@Component
public class SourceSection extends RecordSection<SourceInput> {

    private final SourceStore store;

    SourceSection(SourceStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return store.idByExternalId(externalId);
    }

    @Override
    public List<Map<String, Object>> exportRecords() {
        return store.all().stream().map(SourceInput::toRecord).toList();
    }

    @Override
    protected List<String> fields() {
        return SourceInput.FIELDS;
    }

    @Override
    protected SourceInput read(JsonRecord record, References references) {
        return SourceInput.read(record, references, Today.CLOCK);
    }

    @Override
    protected String externalId(SourceInput input) {
        return input.externalId();
    }

    @Override
    protected Map<String, Object> canonical(SourceInput input) {
        return input.toRecord();
    }

    @Override
    protected Optional<String> storedHash(long id) {
        return store.datasetHash(id);
    }

    @Override
    protected long create(SourceInput input, String datasetSha256) {
        return store.create(input, datasetSha256, Viewer.current().username());
    }

    @Override
    protected void update(long id, SourceInput input, String datasetSha256) {
        store.update(id, input, datasetSha256);
    }
}
