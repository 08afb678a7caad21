package org.kuzet.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.core.FieldProblem;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import tools.jackson.databind.JsonNode;

/**
 * The import of one section of reference records, the same for actors, sources, statements and context events:
 * read each record with the rules the API uses, reject every problem with its position, and write only what
 * changed, recognising unchanged content by the hash of its canonical form. The importer rolls back the whole file
 * when anything was rejected.
 *
 * @param <I> the record as read
 */
public abstract class RecordSection<I> implements DatasetSection {

    protected abstract List<String> fields();

    protected abstract I read(JsonRecord record, References references);

    protected abstract String externalId(I input);

    /** The record in the dataset format, references written as external ids. */
    protected abstract Map<String, Object> canonical(I input);

    protected abstract Optional<String> storedHash(long id);

    protected abstract long create(I input, String datasetSha256);

    protected abstract void update(long id, I input, String datasetSha256);

    @Override
    public void importRecords(List<JsonNode> records, ImportRun run) {
        References references = References.inDataset(run);
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < records.size(); index++) {
            JsonRecord record = new JsonRecord(records.get(index), fields());
            I input = read(record, references);
            String externalId = externalId(input);
            if (externalId == null && !record.has("external_id")) {
                record.problem("external_id", "problem.externalIdInDataset");
            } else if (externalId != null && !seen.add(externalId)) {
                record.problem("external_id", "problem.twiceInSection", externalId);

            }
            if (!record.valid()) {
                for (FieldProblem problem : record.problems()) {
                    run.reject(name(), index, problem.field(), problem.message());
                }
                continue;
            }
            write(input, externalId, run);
        }
    }

    private void write(I input, String externalId, ImportRun run) {
        String hash = ContentHash.ofRecord(canonical(input));
        Optional<Long> existing = idByExternalId(externalId);
        if (existing.isEmpty()) {
            run.created(name(), externalId, create(input, hash));
        } else if (storedHash(existing.get()).filter(hash::equals).isPresent()) {
            run.unchanged(name(), externalId, existing.get());
        } else {
            update(existing.get(), input, hash);
            run.updated(name(), externalId, existing.get());
        }
    }
}
