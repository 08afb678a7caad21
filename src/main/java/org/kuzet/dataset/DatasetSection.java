package org.kuzet.dataset;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One section of a dataset file ({@code actors}, {@code sources}, {@code incidents}, {@code legal_cases},
 * {@code statements}, {@code context_events}), implemented as a Spring bean by the feature that owns those
 * records. The format is described in {@code docs/dataset-format.md}.
 */
public interface DatasetSection {

    /** The key of the section in the file, e.g. {@code "incidents"}. */
    String name();

    /**
     * Sections are imported in ascending order so that references point to records already imported:
     * actors 10, sources 20, incidents 30, legal_cases 40, statements 50, context_events 60.
     */
    int order();

    /**
     * Validates and writes every record of the section. A record whose external_id already exists with the same
     * content changes nothing ({@link ImportRun#unchanged}); one with other content is updated. Each bad record is
     * reported with {@link ImportRun#reject} and not written; the run is rolled back when anything was rejected.
     */
    void importRecords(List<JsonNode> records, ImportRun run);

    /**
     * The same, for records read from the file as they are walked. A section that may hold very many records (the
     * incidents of a bulk load) overrides this to keep only a chunk of them in memory; the others get their
     * records as one list.
     */
    default void importRecords(DatasetRecords records, ImportRun run) {
        importRecords(records.list(), run);
    }

    /** The database id of a record of this section with that external id, if it exists. */
    Optional<Long> idByExternalId(String externalId);

    /** Every record of the section, in the import format (what an import of the export would recreate). */
    List<?> exportRecords();
}
