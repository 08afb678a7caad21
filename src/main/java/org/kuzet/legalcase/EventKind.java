package org.kuzet.legalcase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A step in a case's timeline and the stage it brings the case to. {@code judgment}, {@code appeal} and
 * {@code cassation} are decisions of a court (of first instance, of appeal, of cassation): they are the "judicial
 * acts" the report counts, each in favour of the media or not.
 */
public enum EventKind {
    FILED(null), INVESTIGATION_OPENED(Stage.PRETRIAL), SENT_TO_COURT(Stage.FIRST_INSTANCE),
    HEARING(Stage.FIRST_INSTANCE), JUDGMENT(Stage.FIRST_INSTANCE), APPEAL(Stage.APPEAL),
    CASSATION(Stage.CASSATION), IN_FORCE(Stage.IN_FORCE), ENFORCEMENT(Stage.ENFORCEMENT), DISMISSED(Stage.CLOSED),
    CLOSED(Stage.CLOSED), DEADLINE(null);

    private final Stage reaches;

    EventKind(Stage reaches) {
        this.reaches = reaches;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** A decision of a court, counted as a judicial act in the month it was taken. */
    public boolean isDecision() {
        return this == JUDGMENT || this == APPEAL || this == CASSATION;
    }

    /**
     * A date set ahead (a hearing, a deadline for an appeal or a reply): the only kinds of event that may lie in the
     * future. Decisions, enforcement and the rest are recorded once they have happened.
     */
    public boolean isScheduled() {
        return this == HEARING || this == DEADLINE;
    }

    /** Only a higher court can take a case back to an earlier stage. */
    boolean mayReopen() {
        return this == APPEAL || this == CASSATION;
    }

    /**
     * The stage after this event: a hearing or judgment in a case still at the pre-trial stage means it went to
     * court; a hearing in a case already on appeal leaves it there.
     */
    Stage stageAfter(Stage current) {
        if (reaches == null) {
            return current;
        }
        if ((this == HEARING || this == JUDGMENT) && !current.isBehind(Stage.FIRST_INSTANCE)) {
            return current;
        }
        return reaches;
    }
}
