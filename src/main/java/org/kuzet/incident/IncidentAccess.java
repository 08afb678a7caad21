package org.kuzet.incident;

import java.util.Optional;
import org.kuzet.api.Forbidden;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;

/**
 * Who may see and who may change an incident. A published incident is everyone's; an unpublished one only its
 * author's and the monitors', editors' and admins' ({@link Visibility}: the record level of "incident"), so to
 * anyone else it does not exist. A correspondent changes only their own drafts; the desk changes any.
 */
public final class IncidentAccess {

    private IncidentAccess() {
    }

    public static boolean sees(Viewer viewer, Incident incident) {
        return incident.state() == WorkflowState.PUBLISHED
                || viewer.sees(Visibility.ofRecord(IncidentView.KIND), incident.createdBy());
    }

    /** Whether this viewer sees every unpublished incident, whoever recorded it (the desk: monitors and up). */
    public static boolean seesEveryUnpublished(Viewer viewer) {
        return viewer.sees(Visibility.ofRecord(IncidentView.KIND), null);
    }

    /** The incident if this viewer may see it (so "not found" answers a draft of someone else's as a missing one). */
    public static Optional<Incident> seen(Viewer viewer, Optional<Incident> incident) {
        return incident.filter(i -> sees(viewer, i));
    }

    /** Refuses a change by someone who may not make it; publishing, rejecting, correcting are checked by the step. */
    public static void requireChangeable(Viewer viewer, Incident incident) {
        if (viewer.isMonitor()) {
            return;
        }
        if (!viewer.isCorrespondent() || !viewer.wrote(incident.createdBy())) {
            throw new Forbidden("You may change only the incidents you recorded yourself.");
        }
        if (incident.state() != WorkflowState.DRAFT) {
            throw new Forbidden("Incident " + incident.id() + " is " + incident.state().code()
                    + "; a correspondent changes only their own drafts.");
        }
    }

    /** The person taking a workflow step, as the incident's steps know them. */
    static StaffMember member(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new Forbidden("This operation needs a staff account.");
        }
        return new StaffMember(viewer.username(), viewer.mayPublish());
    }
}
