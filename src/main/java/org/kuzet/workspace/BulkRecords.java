package org.kuzet.workspace;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.security.Viewer;

/**
 * A kind of record the staff lists run bulk actions over (incidents, legal cases): which actions it has, and how one
 * record takes one through its owner's door. {@link BulkJobs} runs the records one after the other, each in its own
 * transaction; {@link BulkPages} starts them and shows how far they have gone.
 */
interface BulkRecords {

    /** What a bulk action carries besides the records: the assignee, the reason or note, the categories. */
    record Details(String assignee, String text, List<String> categories) {
        static final Details NONE = new Details("", "", List.of());
    }

    /**
     * The staff list's address ({@code /staff/incidents}): a record's page is under it, a job's progress at
     * {@code <path>/bulk/<job>}.
     */
    String path();

    /**
     * The start of the message keys that name these records ({@code bulk.} for incidents, {@code bulk.cases.} for
     * cases): {@code job.what}, {@code back}, {@code problem.none}.
     */
    String keys();

    /** The actions these records have, in the order the list offers them. */
    List<BulkAction> actions();

    /** Takes the step on one record through its owner's door, which checks every rule; throws its refusal. */
    void step(BulkAction action, long id, Details details, Viewer by);

    /** Why this kind of record was refused, where the owner's refusal says more than {@link BulkJobs} can. */
    Optional<BulkRefusal> refusal(RuntimeException e, BulkAction action, long id, Viewer by);

    /** The title the person may see, or only the number of a record they may not. */
    String title(long id, Viewer by);

    /** The message key of what keeps the action from starting besides what every kind checks, or null. */
    String problem(BulkAction action, Details details);

    /** The export's file name and columns. */
    String exportName();

    String[] columns();

    /** Writes the records this person may see, one row each; nothing is changed. */
    void export(List<Long> ids, Viewer by, String lang, CSVPrinter csv) throws IOException;

    /** The actions this person is offered on the list (the export is a button of its own). */
    default List<BulkAction> offered(Viewer viewer) {
        return actions().stream().filter(a -> a != BulkAction.EXPORT && a.offeredTo(viewer)).toList();
    }
}
