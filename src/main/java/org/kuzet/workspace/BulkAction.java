package org.kuzet.workspace;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.kuzet.security.Viewer;

/**
 * What a staff list does to many records at once, and whom each is offered to: the same people the record's own page
 * offers the step to (the record's door checks it again for every record). Each kind of record has some of them
 * ({@link BulkRecords#actions}).
 */
enum BulkAction {

    /** Hands them to a staff member (or to nobody). */
    ASSIGN("assign", Viewer::isMonitor),
    /** Sends drafts for review; a correspondent sends their own. */
    SUBMIT("submit", Viewer::isSignedIn),
    PUBLISH("publish", Viewer::mayPublish),
    /** Sends incidents under review back to their authors. */
    RETURN("return", Viewer::isMonitor),
    /** Rejects incidents under review, all with the one reason given. */
    REJECT("reject", Viewer::mayPublish),
    /** Adds further categories, keeping those they have. */
    ADD_CATEGORIES("add-categories", Viewer::isMonitor),
    /** Makes the given categories their only further ones (the primary category stays). */
    REPLACE_CATEGORIES("replace-categories", Viewer::isMonitor),
    /** Closes legal cases: a "closed" step on each timeline, dated today, with the note given. */
    CLOSE("close", Viewer::isMonitor),
    /** A CSV file of them, answered at once rather than run as a job. */
    EXPORT("export", Viewer::isSignedIn);

    private final String code;
    private final Predicate<Viewer> offered;

    BulkAction(String code, Predicate<Viewer> offered) {
        this.code = code;
        this.offered = offered;
    }

    public String code() {
        return code;
    }

    boolean offeredTo(Viewer viewer) {
        return offered.test(viewer);
    }

    boolean changesCategories() {
        return this == ADD_CATEGORIES || this == REPLACE_CATEGORIES;
    }

    static Optional<BulkAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
