package org.kuzet.dataset;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * A dataset file was imported: one entry for the whole file, named by its SHA-256, with what each section created,
 * updated or left unchanged. The records it wrote are not announced one by one; the file is the change.
 */
public record DatasetImported(String file, String sha256, String actor, Map<String, ImportRun.Tally> sections)
        implements RecordChanged {

    @Override
    public String recordKind() {
        return "dataset_file";
    }

    @Override
    public String recordId() {
        return sha256;
    }

    @Override
    public String action() {
        return "dataset.imported";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("file", file, "sha256", sha256, "sections", sections);
    }
}
