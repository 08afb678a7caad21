package org.kuzet.statement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.actor.Actors;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.RecordSection;
import org.kuzet.reference.References;
import org.kuzet.core.Today;
import org.springframework.stereotype.Component;

/** The {@code statements} section of a dataset file, linked to incidents by their external ids. */
@Component
class StatementSection extends RecordSection<StatementInput> {

    private final StatementStore store;
    private final Actors actors;

    StatementSection(StatementStore store, Actors actors) {
        this.store = store;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return store.idByExternalId(externalId);
    }

    @Override
    public List<Map<String, Object>> exportRecords() {
        return store.all().stream().map(StatementInput::toRecord).toList();
    }

    @Override
    protected List<String> fields() {
        return StatementInput.FIELDS;
    }

    @Override
    protected StatementInput read(JsonRecord record, References references) {
        return StatementInput.read(record, references, actors::name, LocalDate.now(Today.CLOCK));
    }

    @Override
    protected String externalId(StatementInput input) {
        return input.externalId();
    }

    @Override
    protected Map<String, Object> canonical(StatementInput input) {
        return input.toRecord();
    }

    @Override
    protected Optional<String> storedHash(long id) {
        return store.datasetHash(id);
    }

    @Override
    protected long create(StatementInput input, String datasetSha256) {
        return store.create(input, datasetSha256);
    }

    @Override
    protected void update(long id, StatementInput input, String datasetSha256) {
        store.update(id, input, datasetSha256);
    }
}
