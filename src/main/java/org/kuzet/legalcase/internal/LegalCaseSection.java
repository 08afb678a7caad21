package org.kuzet.legalcase.internal;

import org.kuzet.legalcase.CaseView;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import org.kuzet.reference.ContentHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The {@code legal_cases} section of a dataset file. A record is identified by its external id; the hash of its
 * content in canonical form (keys sorted) tells an unchanged record (nothing written) from a changed one (replaced,
 * revision up), however the file ordered its keys.
 */
@Component
public class LegalCaseSection implements DatasetSection {

    static final String NAME = "legal_cases";

    private final LegalCases cases;
    private final CaseView view;
    private final JdbcClient jdbc;

    LegalCaseSection(LegalCases cases, CaseView view, JdbcClient jdbc) {
        this.cases = cases;
        this.view = view;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void importRecords(List<JsonNode> records, ImportRun run) {
        CaseReferences references = new DatabaseReferences(jdbc, ext -> run.idOf("actors", ext),
                ext -> run.idOf("incidents", ext));
        CaseReader reader = new CaseReader(references, LocalDate.now());
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            JsonNode ext = record == null ? null : record.get("external_id");
            if (ext == null || !ext.isString() || ext.stringValue().isBlank()) {
                run.reject(NAME, i, "external_id", "is required in a dataset");
                continue;
            }
            Optional<LegalCase> read = reader.read(record);
            if (read.isEmpty()) {
                int index = i;
                reader.problems().forEach(p -> run.reject(NAME, index, p.field(), p.message()));
                continue;
            }
            write(ext.stringValue(), read.get(), ContentHash.ofRecord(record), run);
        }
    }

    private void write(String externalId, LegalCase legalCase, String hash, ImportRun run) {
        Optional<Long> existing = cases.idByExternalId(externalId);
        if (existing.isEmpty()) {
            run.created(NAME, externalId, cases.add(legalCase, hash).id());
        } else if (cases.contentHash(existing.get()).filter(hash::equals).isPresent()) {
            run.unchanged(NAME, externalId, existing.get());
        } else {
            cases.replace(existing.get(), legalCase, hash);
            run.updated(NAME, externalId, existing.get());
        }
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return cases.idByExternalId(externalId);
    }

    @Override
    public List<?> exportRecords() {
        return cases.ids().stream().map(id -> view.of(cases.find(id).orElseThrow(), false)).toList();
    }
}
