package org.kuzet.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who sees what: for each record kind the API, pages, search, downloads and reports answer, the
 * level of each field. A field missing from the table is an error ({@link #of} throws), so a new field cannot be
 * shown before someone decides who may see it; {@code VisibilityRulesTest} checks every field of every view.
 *
 * <p>The field {@link #RECORD} ({@code *}) is the level of a whole record while it is not public: an unpublished
 * incident, a confidential source, and a correspondent's report (confidential by its kind, whatever flag a client
 * sent) are seen by their author and by monitors, editors and admins only.
 */
public final class Visibility {

    /** Who sees: everyone; the account that wrote the record (and monitors up); monitors up; admins. */
    public enum Level {
        PUBLIC, AUTHOR, MONITORS, ADMINS
    }

    /** The level of a whole record of a kind, where it is not public (see {@link #of}). */
    public static final String RECORD = "*";

    private static final Map<String, Map<String, Level>> RULES = new LinkedHashMap<>();

    static {
        kind("incident")
                .put(Level.PUBLIC, "id", "external_id", "title", "summary", "date", "place", "primary_category",
                        "categories", "people_affected", "verification", "independent_sources", "victims",
                        "perpetrators", "sources", "linked_incidents", "state", "revision", "published_at", "version",
                        "language", "translations",
                        // the redacted copies an editor published: made to be public; an original never is listed
                        "published_copies")
                // the author's own submission, with what they wrote in it; never other correspondents'
                .put(Level.AUTHOR, RECORD, "confidential_notes", "rejection_reason", "created_by", "submitted_by",
                        // to warn the author before they report the same twice; each listed record is shown only
                        // to who may see it, so a correspondent learns of no one else's draft through it
                        "possible_duplicates")
                .put(Level.MONITORS, "published_by");
        kind("victim")
                .put(Level.PUBLIC, "actor", "name", "kind", "role", "gender")
                .put(Level.AUTHOR, "contact");
        kind("perpetrator").put(Level.PUBLIC, "actor", "name", "type");
        kind("revision")
                .put(Level.PUBLIC, "revision", "recorded_at", "note", "snapshot")
                .put(Level.MONITORS, "recorded_by");
        kind("source")
                .put(Level.PUBLIC, "id", "external_id", "kind", "outlet", "outlet_name", "title", "url",
                        "published_on", "retrieved_at", "archived_text", "sha256", "confidential", "incidents", "created_at",
                        "updated_at", "version")
                // a confidential source or a correspondent's report: its author and monitors only
                .put(Level.AUTHOR, RECORD, "correspondent", "created_by");
        kind("report_version")
                .put(Level.PUBLIC, "period", "version", "sha256", "published_at", "note")
                .put(Level.MONITORS, "published_by", "live", "diff");
        // requests to state bodies: published ones are public; the clock's proposed draft and who kept the
        // record are the staff's; an unpublished inquiry (a right of reply before publishing) monitors only
        kind("inquiry")
                .put(Level.PUBLIC, "id", "external_id", "kind", "asked_by", "asked_by_name", "on_behalf_of",
                        "on_behalf_of_name", "addressee", "addressee_name", "state_addressee", "subject", "sent_on",
                        "basis", "deadline", "extended_to", "status", "answered_on", "outcome", "answer_text",
                        "answer_source", "incidents", "statement", "published_at", "revision")
                .put(Level.MONITORS, RECORD, "cases", "refusal_incident", "published_by", "created_by",
                        "created_at", "updated_at");
        // the threads between editor and monitor on a record: the desk's working notes, never public
        kind("comment")
                .put(Level.MONITORS, RECORD, "id", "author", "text", "at");
        // an incident told through the public form: a triage candidate until a monitor decides; what was written
        // and who wrote it (name, contact) are for monitors and up, never public (nothing is published by itself)
        kind("public_report")
                .put(Level.MONITORS, RECORD, "text", "when", "where", "link", "name", "contact", "page_language",
                        "submitted_at");
        // what a correspondent sent from their phone, and what the phone said of it: theirs and monitors' up
        kind("intake_submission")
                .put(Level.AUTHOR, RECORD, "what", "when", "where", "link", "place", "device");
        kind("account")
                .put(Level.ADMINS, RECORD, "username", "display_name", "role", "contact");
        // the audit log's entries; one about a record (an account, a token) is shown only to who sees that record
        kind("audit_entry")
                .put(Level.MONITORS, RECORD, "seq", "recorded_at", "actor", "action", "record_kind", "record_id",
                        "before", "after");
    }

    private Visibility() {
    }

    /** The level of a field of a record kind; throws for a kind or field nobody has decided on. */
    public static Level of(String kind, String field) {
        Map<String, Level> fields = RULES.get(kind);
        if (fields == null) {
            throw new IllegalArgumentException("no visibility rules for records of kind " + kind);
        }
        Level level = fields.get(field);
        if (level == null) {
            throw new IllegalArgumentException("no visibility rule for " + kind + "." + field);
        }
        return level;
    }

    /** The level of a record of a kind while it is not public: {@link Level#PUBLIC} unless the kind names one. */
    public static Level ofRecord(String kind) {
        Map<String, Level> fields = RULES.get(kind);
        return fields == null ? Level.PUBLIC : fields.getOrDefault(RECORD, Level.PUBLIC);
    }

    /** Whether the table has a rule for this field (for the test that every shown field has one). */
    public static boolean covers(String kind, String field) {
        return RULES.containsKey(kind) && RULES.get(kind).containsKey(field);
    }

    public static Set<String> kinds() {
        return RULES.keySet();
    }

    private static Fields kind(String kind) {
        return new Fields(RULES.computeIfAbsent(kind, k -> new LinkedHashMap<>()));
    }

    private record Fields(Map<String, Level> fields) {
        Fields put(Level level, String... names) {
            for (String name : names) {
                if (fields.put(name, level) != null) {
                    throw new IllegalStateException("two visibility rules for " + name);
                }
            }
            return this;
        }
    }
}
