package org.kuzet.incident;

/**
 * Who brought a draft in and by which way: the staff's form, the API, an archived monitoring report, an accepted
 * triage candidate. It travels with the incident's "recorded" event, so the audit log says where each draft began.
 *
 * @param by the account (or {@code cli:<user>}) that brought it in
 * @param way how it came in
 * @param reference what it came from within that way (a report's file, a candidate's id), or null
 */
public record Origin(String by, Way way, String reference) {

    /** The ways a draft comes in; a dataset file has its own bulk path and is recorded per file by the importer. */
    public enum Way {
        FORM, API, ARCHIVE_REPORT, TRIAGE_CANDIDATE, INQUIRY
    }

    public static Origin archiveReport(String by, String file) {
        return new Origin(by, Way.ARCHIVE_REPORT, file);
    }

    public static Origin triageCandidate(String by, long candidate) {
        return new Origin(by, Way.TRIAGE_CANDIDATE, "triage_candidate/" + candidate);
    }

    /** A refusal the accountability clock proposed for a request to the state that was refused or went unanswered. */
    public static Origin inquiry(String by, long inquiry) {
        return new Origin(by, Way.INQUIRY, "inquiry/" + inquiry);
    }
}
