package org.kuzet.core;

/**
 * What an owner announces after it changed one of its records, inside the transaction of the change. Listeners that
 * must not lag (the audit log) react in that same transaction; those that may lag (search, notifications) after
 * commit. Each owner names its own events (an incident published, a case's event added) and implements this, so a
 * listener that wants every change needs to know none of them.
 */
public interface RecordChanged {

    /** The kind of record, as the owner's table is named: {@code incident}, {@code legal_case}, {@code source}. */
    String recordKind();

    /** The record's id (a number, a period, a hash: whatever identifies it), as text. */
    String recordId();

    /** What happened, as {@code <kind>.<verb>}: {@code incident.published}, {@code legal_case.event_added}. */
    String action();

    /** Who did it: an account's username, {@code import}, or {@code cli:<user>} for a command. */
    String actor();

    /** The record (or the part that changed) before the change; null for a new record. */
    Object before();

    /** The record (or the part that changed) after the change; null for a removed one. */
    Object after();
}
