package org.kuzet.workspace;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.Today;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.reference.VersionedChange;
import org.kuzet.security.Viewer;
import org.kuzet.web.CsvCells;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The legal cases of a bulk action, each through the case door ({@link LegalCaseBook}): assigned to a staff member
 * (or to nobody), or closed, as a "closed" step on the timeline dated today with the note given, under the same
 * timeline rules as a step added on the case's page. Each change is announced by the door, so it has its own audit
 * entry. Cases have no categories and no workflow to publish: their stage follows their timeline.
 */
@Component
class CaseBulk implements BulkRecords {

    static final List<BulkAction> ACTIONS = List.of(BulkAction.ASSIGN, BulkAction.CLOSE, BulkAction.EXPORT);

    private static final String[] COLUMNS = {"id", "external_id", "title", "kind", "stage", "basis", "court",
        "opened_on", "claimed_kzt", "awarded_kzt", "collected_kzt", "assigned_to"};

    private final LegalCaseBook book;
    private final LegalCases cases;
    private final JsonMapper json;

    CaseBulk(LegalCaseBook book, LegalCases cases, JsonMapper json) {
        this.book = book;
        this.cases = cases;
        this.json = json;
    }

    @Override
    public String path() {
        return "/staff/cases";
    }

    @Override
    public String keys() {
        return "bulk.cases.";
    }

    @Override
    public List<BulkAction> actions() {
        return ACTIONS;
    }

    @Override
    public void step(BulkAction action, long id, Details details, Viewer by) {
        cases.find(id).orElseThrow(() -> new NotFound("No legal case " + id));
        switch (action) {
            case ASSIGN -> book.assign(id, details.assignee(), by);
            case CLOSE -> close(id, details.text(), by);
            default -> throw new IllegalArgumentException(action.code() + " is not a step of legal cases");
        }
    }

    /** A "closed" step dated today (Almaty's day); the timeline rules refuse it for a case closed already. */
    private void close(long id, String note, Viewer by) {
        if (!BulkAction.CLOSE.offeredTo(by)) {
            throw new Forbidden("Only monitors, editors and admins close legal cases.");
        }
        ObjectNode step = json.createObjectNode();
        step.put("kind", "closed");
        step.put("date", LocalDate.now(Today.CLOCK).toString());
        if (!note.isEmpty()) {
            step.put("description", note);
        }
        book.record(id, VersionedChange.onCurrent(step));
    }

    @Override
    public Optional<BulkRefusal> refusal(RuntimeException e, BulkAction action, long id, Viewer by) {
        if (e instanceof Forbidden) {
            return Optional.of(BulkRefusal.because("bulk.cases.refused.notYours"));
        }
        if (e instanceof InvalidInput invalid && invalid.problems().stream().map(FieldProblem::key)
                .anyMatch("problem.caseClosed"::equals)) {
            return Optional.of(BulkRefusal.because("bulk.cases.refused.closed"));
        }
        return Optional.empty();
    }

    @Override
    public String title(long id, Viewer by) {
        return cases.find(id).map(c -> c.facts().title()).orElse("#" + id);
    }

    @Override
    public String problem(BulkAction action, Details details) {
        return null;
    }

    @Override
    public String exportName() {
        return "kuzet-legal-cases-staff.csv";
    }

    @Override
    public String[] columns() {
        return COLUMNS.clone();
    }

    @Override
    public void export(List<Long> ids, Viewer by, String lang, CSVPrinter csv) throws IOException {
        for (long id : ids) {
            Optional<LegalCase> found = cases.find(id);
            if (found.isPresent()) {
                LegalCase c = found.get();
                var f = c.facts();
                csv.printRecord(CsvCells.row(id, f.externalId(), f.title(), f.kind(), c.stage().code(), f.basis(),
                        f.court(), f.openedOn(), f.claimedKzt(), c.awardedKzt(), c.collectedKzt(),
                        cases.assignee(id).orElse(null)));
            }
        }
    }
}
