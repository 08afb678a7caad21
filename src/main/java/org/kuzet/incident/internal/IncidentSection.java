package org.kuzet.incident.internal;

import org.kuzet.incident.Coded;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.StaffMember;
import org.kuzet.incident.WorkflowState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kuzet.api.Conflict;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.dataset.DatasetRecords;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import org.kuzet.dataset.RecordHash;
import org.kuzet.reference.References;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code incidents} section of a dataset file. Each record is checked by the same rules as the API; a record
 * whose SHA-256 matches the one stored at its last import is left alone (no write, no new revision), a changed one
 * is updated (a published incident gets a correction, so its earlier version is kept). Links between incidents may
 * point further down the file: they are written once every incident of the file has an id.
 */
@Component
public class IncidentSection implements DatasetSection {

    private static final String NAME = "incidents";

    /**
     * Incidents written per statement: large enough that the statement triggers run rarely, small enough that a
     * chunk's rows and arrays stay a few megabytes.
     */
    static final int CHUNK = 5000;

    /** A record that passed every check, waiting to be written. */
    private record Checked(int index, DatasetIncident record, IncidentContent content, WorkflowState target,
            String hash) {
    }

    private final Incidents incidents;
    private final IncidentRules rules;
    private final IncidentExport export;
    /** Made once: asking the mapper each time looked up its configuration per record. */
    private final ObjectReader reader;
    private final Clock clock = Clock.systemUTC();

    private final TitleWords titleWords;

    IncidentSection(Incidents incidents, IncidentRules rules, IncidentExport export, JsonMapper json,
            TitleWords titleWords) {
        this.incidents = incidents;
        this.titleWords = titleWords;
        this.rules = rules;
        this.export = export;
        this.reader = json.readerFor(DatasetIncident.class);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return incidents.idByExternalId(externalId);
    }

    @Override
    public List<?> exportRecords() {
        return export.records();
    }

    @Override
    public void importRecords(List<JsonNode> records, ImportRun run) {
        importRecords(DatasetRecords.of(records), run);
    }

    /**
     * Reads the records twice: once for the external ids the file holds (links may point further down; only that
     * key is read), then to check each record and write the checked ones a chunk at a time, each chunk written by a
     * second thread while the next one is checked. Once any record is rejected nothing more is
     * written (the file is rolled back anyway) but every record is still checked, so that all problems are listed.
     */
    @Override
    public void importRecords(DatasetRecords records, ImportRun run) {
        Set<String> inFile = records.externalIds();
        Set<String> seen = new HashSet<>();
        References references = References.inDataset(run);
        // the gazetteer and the category tree are asked once per code, not once per record
        IncidentRules rules = this.rules.remembering();
        try (Writing writing = new Writing(run, records.size())) {
            checkAndWrite(records, run, inFile, seen, references, rules, writing);
        }
        if (!run.rejected()) {
            // the door compares titles by their words; the file's incidents came in by this path, not the door
            titleWords.refresh();
        }
    }

    private void checkAndWrite(DatasetRecords records, ImportRun run, Set<String> inFile, Set<String> seen,
            References references, IncidentRules rules, Writing writing) {
        records.forEach((i, node) -> {
            List<FieldProblem> problems = new ArrayList<>();
            Checked record = check(i, node, inFile, seen, references, rules, writing, problems);
            for (FieldProblem p : problems) {
                run.reject(NAME, i, p.field(), p.message());
            }
            if (record != null && problems.isEmpty() && !run.rejected()) {
                writing.add(record);
            }
        });
        if (run.rejected()) {
            // as if nothing had been written: a file with bad records reports those, not what writing them did
            return;
        }
        writing.finish();
        if (run.rejected()) {
            return;
        }
        writing.waitingForLinks.forEach((incident, refs) -> incidents.completeLinks(incident, withLinks(
                incident.content(), refs.stream().map(ref -> run.idOf(NAME, ref).orElseThrow()).distinct().toList())));
    }

    /**
     * Checked records waiting to be written, a chunk at a time; the records the write itself refuses (a published
     * incident sent back to draft) are told to the run only at the end.
     */
    private record Refused(int index, String field, String reason) {
    }

    /** From this many new incidents in one file, the tables' statistics are taken again at the end. */
    private static final int BULK = 10_000;

    private final class Writing implements AutoCloseable {
        private final ImportRun run;
        private final List<Checked> chunk = new ArrayList<>();
        private final List<Refused> refused = new ArrayList<>();
        private int written;
        final Map<Incident, List<String>> waitingForLinks = new LinkedHashMap<>();
        /** Writes the new incidents of one chunk while the next chunk is read and checked. */
        private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "incident-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> inFlight;
        /** How many records the section holds: whether a {@link BulkLoad} pays is judged on it. */
        private final int records;
        /** What the import's chunks have noted in the search outbox so far. */
        final NewIncidents.Noted noted = new NewIncidents.Noted();
        /** Taken with the first chunk written, so that a file refused early never takes the tables. */
        private BulkLoad bulk;

        Writing(ImportRun run, int records) {
            this.run = run;
            this.records = records;
        }

        /** The incident stored before this import under the external id (see {@link BulkLoad#knowsStored}). */
        Optional<Long> storedId(String externalId) {
            return storedInMemory() ? bulk.storedId(externalId) : incidents.idByExternalId(externalId);
        }

        /** The incident under the external id: imported by this run, or stored before it. */
        Optional<Long> idOf(String externalId) {
            if (storedInMemory()) {
                return run.importedId(NAME, externalId).or(() -> bulk.storedId(externalId));
            }
            return run.idOf(NAME, externalId);
        }

        /** While a bulk load holds the stored incidents, the unique index of external ids is away: ask it. */
        private boolean storedInMemory() {
            return bulk != null && bulk.knowsStored();
        }

        /** Hands the chunk's new incidents to the writer, once it has written the previous chunk. */
        void writeLater(Runnable copy) {
            awaitWritten();
            inFlight = writer.submit(copy);
        }

        /** Waits until the writer has written what it was given; its failure is the import's. */
        void awaitWritten() {
            if (inFlight == null) {
                return;
            }
            Future<?> done = inFlight;
            inFlight = null;
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the incidents were written", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * The writer is done before the transaction goes on (commit or rollback): it writes on the transaction's
         * connection. After a failure elsewhere its own outcome no longer matters.
         */
        @Override
        public void close() {
            try {
                if (inFlight != null) {
                    try {
                        inFlight.get();
                    } catch (ExecutionException e) {
                        // already failing: the import is rolled back for the first failure
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            } finally {
                writer.shutdownNow();
            }
        }

        void add(Checked record) {
            chunk.add(record);
            if (chunk.size() == CHUNK) {
                write();
            }
        }

        void finish() {
            write();
            awaitWritten();
            if (bulk != null && !run.rejected() && refused.isEmpty()) {
                incidents.finishBulkLoad(bulk);
            }
            if (written >= BULK) {
                incidents.refreshStatistics();
            }
            refused.forEach(r -> run.reject(NAME, r.index(), r.field(), r.reason()));
        }

        private void write() {
            if (chunk.isEmpty()) {
                return;
            }
            // The previous chunk may still be being written: this one's look-ups, building and encoding go on
            // meanwhile (its stored incidents cannot be among that chunk's: an external id comes once in a file).
            if (bulk == null) {
                bulk = incidents.beginBulkLoad(records);
                if (bulk.active()) {
                    noted.noteEveryIncident();
                }
            }
            List<String> externalIds = chunk.stream().map(c -> c.record().externalId()).toList();
            Map<String, Incidents.Stored> stored = storedInMemory() ? bulk.storedAmong(externalIds)
                    : incidents.storedByExternalId(externalIds);
            Pending pending = new Pending(this, incidents.newIds((int) chunk.stream()
                    .filter(c -> !stored.containsKey(c.record().externalId())).count()));
            for (Checked record : chunk) {
                try {
                    IncidentSection.this.write(record, stored.get(record.record().externalId()), run, pending,
                            waitingForLinks);
                } catch (Conflict e) {
                    refused.add(new Refused(record.index(), "state", e.getMessage()));
                } catch (InvalidInput e) {
                    e.problems().forEach(p -> refused.add(new Refused(record.index(), p.field(),
                            p.message())));
                }
            }
            written += pending.added.size();
            pending.flushLater();
            chunk.clear();
        }
    }

    /**
     * New incidents of one chunk, with ids taken from the sequence beforehand (so that later records of the file can
     * refer to them at once), written together by {@link #flush}.
     */
    private final class Pending {
        private final Writing writing;
        private final Iterator<Long> ids;
        private final List<Incident> added = new ArrayList<>();
        private final List<String> hashes = new ArrayList<>();

        Pending(Writing writing, List<Long> ids) {
            this.writing = writing;
            this.ids = ids.iterator();
        }

        Incident add(Incident draft, String hash) {
            Incident incident = draft.withId(ids.next(), draft.externalId());
            added.add(incident);
            hashes.add(hash);
            return incident;
        }

        /** Writes them now (an update that follows may link to them). */
        void flush() {
            writing.awaitWritten();
            incidents.addAll(added, hashes, writing.noted);
            added.clear();
            hashes.clear();
        }

        /** Has the writer write them while the next chunk is checked. */
        void flushLater() {
            writing.writeLater(incidents.addAllLater(List.copyOf(added), List.copyOf(hashes), writing.noted));
            added.clear();
            hashes.clear();
        }
    }

    /** The record, checked; or null with every problem added to the list. */
    private Checked check(int index, JsonNode node, Set<String> inFile, Set<String> seen, References references,
            IncidentRules rules, Writing writing, List<FieldProblem> problems) {
        for (String key : node.propertyNames()) {
            if (!DatasetIncident.KEYS.contains(key)) {
                problems.add(FieldProblem.of(key, "problem.unknownKey", String.join(", ", DatasetIncident.KEYS)));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        DatasetIncident record;
        try {
            record = reader.readValue(node);
        } catch (JacksonException e) {
            problems.add(FieldProblem.of(path(e), "problem.cannotBeRead", e.getOriginalMessage()
                    .replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "value")));
            return null;
        }
        String externalId = record.externalId();
        if (externalId == null || externalId.isBlank()) {
            problems.add(FieldProblem.of("external_id", "problem.externalIdRequired", "incident/2024-03-kostanay"));
        } else if (!seen.add(externalId)) {
            problems.add(FieldProblem.of("external_id", "problem.twiceInFile", externalId));
        }
        WorkflowState target = WorkflowState.DRAFT;
        if (record.state() != null) {
            target = Coded.find(WorkflowState.class, record.state()).orElse(null);
            if (target == null) {
                problems.add(FieldProblem.of("state", "problem.oneOfNot", Coded.allowed(WorkflowState.class),
                        record.state()));
            }
        }
        IncidentContent content = rules.check(record.formWithoutLinks(), references, problems);
        List<String> links = record.linkedIncidents() == null ? List.of() : record.linkedIncidents();
        for (int j = 0; j < links.size(); j++) {
            String ref = links.get(j);
            String field = "linked_incidents[" + j + "]";
            if (ref == null) {
                problems.add(FieldProblem.of(field, "problem.referenceNull", "incident", "external_id"));
            } else if (ref.equals(externalId)) {
                problems.add(FieldProblem.of(field, "problem.linkedToItself"));
            } else if (!inFile.contains(ref) && writing.storedId(ref).isEmpty()) {
                problems.add(FieldProblem.of(field, "problem.noSuchRecord", "incident", "external_id", ref));

            }
        }
        return problems.isEmpty() ? new Checked(index, record, content, target, RecordHash.of(node)) : null;
    }

    /**
     * Creates or updates the incident; links to incidents not written yet wait in {@code waitingForLinks}. A new
     * incident joins the chunk's pending ones; an update is written at once, after the pending ones (it may link
     * to them).
     */
    private void write(Checked record, Incidents.Stored existing, ImportRun run, Pending pending,
            Map<Incident, List<String>> waitingForLinks) {
        String externalId = record.record().externalId();
        if (existing != null && existing.datasetSha256().equals(record.hash())) {
            run.unchanged(NAME, externalId, existing.id());
            return;
        }
        List<String> refs = record.record().linkedIncidents() == null ? List.of() : record.record().linkedIncidents();
        List<Long> linkedNow = refs.stream().map(ref -> pending.writing.idOf(ref)).flatMap(Optional::stream).distinct()
                .toList();
        IncidentContent content = withLinks(record.content(), linkedNow);
        Incident incident;
        if (existing != null) {
            incident = incidents.findForUpdate(existing.id()).orElseThrow();
            if (incident.state() == record.target() && linkedNow.size() == refs.stream().distinct().count()
                    && IncidentContent.sameContent(incident.content(), content)) {
                // the file says what is stored, in another form (an export of this database, say)
                run.unchanged(NAME, externalId, incident.id());
                return;
            }
            update(incident, content, record.target());
            pending.flush();
            incidents.save(incident, record.hash());
            run.updated(NAME, externalId, incident.id());
        } else {
            incident = Incident.draft(externalId, content, StaffMember.IMPORT.username());
            advance(incident, record.target());
            incident = pending.add(incident, record.hash());
            run.created(NAME, externalId, incident.id());
        }
        if (linkedNow.size() < refs.stream().distinct().count()) {
            waitingForLinks.put(incident, refs);
        }
    }

    private void update(Incident incident, IncidentContent content, WorkflowState target) {
        if (incident.state() == WorkflowState.PUBLISHED) {
            if (target != WorkflowState.PUBLISHED) {
                throw new Conflict("conflict.datasetUnpublish", target.code());
            }
            incident.nextRevision();
            incident.correct(StaffMember.IMPORT, content, clock.instant(), "corrected by a dataset import");
            return;
        }
        if (incident.state() == WorkflowState.IN_REVIEW) {
            incident.returnToDraft(StaffMember.IMPORT);
        } else if (incident.state() == WorkflowState.REJECTED) {
            incident.reopen(StaffMember.IMPORT);
        }
        incident.revise(content);
        advance(incident, target);
    }

    /** Takes a draft through the workflow's own steps to the state the file gives it. */
    private void advance(Incident draft, WorkflowState target) {
        if (target == WorkflowState.DRAFT) {
            return;
        }
        draft.submit(StaffMember.IMPORT, clock.instant());
        if (target == WorkflowState.PUBLISHED) {
            draft.publish(StaffMember.IMPORT, clock.instant(), false); // a file states what was published
        } else if (target == WorkflowState.REJECTED) {
            draft.reject(StaffMember.IMPORT, "rejected in the imported dataset");
        }
    }

    /** The same content with other links: the importer completes them once every incident of the file has an id. */
    private static IncidentContent withLinks(IncidentContent c, List<Long> links) {
        return new IncidentContent(c.title(), c.summary(), c.date(), c.place(), c.primaryCategory(), c.categories(),
                c.peopleAffected(), c.verification(), c.independentSources(), c.victims(), c.perpetrators(),
                c.sources(), links, c.confidentialNotes(), c.historical());
    }


    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
