package org.kuzet.incident;

import org.kuzet.incident.internal.PossibleDuplicates;
import java.util.List;
import org.kuzet.core.RecordChanged;

/**
 * A monitor said that two incidents are not the same: the suspicion of {@link PossibleDuplicates} is kept as
 * dismissed, and the audit log keeps who did it.
 */
record DuplicateDismissed(long id, long other, List<String> reasons, String actor) implements RecordChanged {

    /** What the audit log keeps of the suspicion. */
    record Suspicion(long other, List<String> reasons, boolean dismissed) {
    }

    @Override
    public String recordKind() {
        return IncidentView.KIND;
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return recordKind() + ".duplicate_dismissed";
    }

    @Override
    public Object before() {
        return new Suspicion(other, reasons, false);
    }

    @Override
    public Object after() {
        return new Suspicion(other, reasons, true);
    }
}
