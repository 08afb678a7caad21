package org.kuzet.incident;

import java.util.Optional;
import org.kuzet.dataset.ImportRun;

/** References as a dataset file writes them: external ids, of records in this file or already stored. */
record DatasetReferences(ImportRun run, Incidents incidents) implements References {

    @Override
    public Optional<Long> actor(String reference) {
        return run.idOf("actors", reference);
    }

    @Override
    public Optional<Long> source(String reference) {
        return run.idOf("sources", reference);
    }

    @Override
    public Optional<Long> incident(String reference) {
        return run.idOf("incidents", reference);
    }

    @Override
    public String describe() {
        return "external id";
    }
}
