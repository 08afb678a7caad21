package org.kuzet.source.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.calendar.PartialDate;
import org.kuzet.reference.ContentHash;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.References;

/**
 * A source as a client or a dataset file writes it. The SHA-256 of the archived text is computed here; a hash the
 * client sends must be that one, so a corrupted or edited text is noticed.
 *
 * @param outlet the reference to the outlet as written (an external id in a dataset file), for the export
 * @param outletId the outlet actor it resolved to
 */
public record SourceInput(String externalId, String kind, String outlet, Long outletId, String outletName, String title,
        String url, PartialDate publishedOn, Instant retrievedAt, String archivedText, String sha256,
        String correspondent, boolean confidential) {

    static final List<String> KINDS = List.of("correspondent_report", "media_article", "court_document",
            "social_media_post", "official_statement", "monitoring_report", "other");
    public static final List<String> FIELDS = List.of("external_id", "kind", "outlet", "outlet_name", "title", "url",
            "published_on", "retrieved_at", "archived_text", "sha256", "correspondent", "confidential");

    public static SourceInput read(JsonRecord r, References references, Clock clock) {
        String archivedText = rawText(r, "archived_text");
        String sha256 = r.text("sha256", false);
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(Locale.ROOT);
            if (!sha256.matches("[0-9a-f]{64}")) {
                r.problem("sha256", "problem.sha256Form");
                sha256 = null;
            } else if (archivedText != null && !sha256.equals(ContentHash.ofText(archivedText))) {
                r.problem("sha256", "problem.sha256Mismatch", ContentHash.ofText(archivedText));

            }
        } else if (archivedText != null) {
            sha256 = ContentHash.ofText(archivedText);
        }
        String url = r.url("url");
        String kind = r.choice("kind", KINDS, true);
        // stored as the rule says, so every reader of the flag (and the database's check) agrees with hidden()
        return new SourceInput(r.text("external_id", false), kind, r.raw("outlet"),
                r.reference("outlet", "actors", references, false), r.text("outlet_name", false),
                r.text("title", false), url, r.date("published_on", false, LocalDate.now(clock)),
                r.instant("retrieved_at", clock.instant()), archivedText, sha256, r.text("correspondent", false),
                hidden(kind, r.flag("confidential", false)));
    }

    /**
     * Whether a source is shown only to its author and monitors up (Visibility: source "*"): a confidential one,
     * and a correspondent's report whatever the flag says. The SQL function source_hidden (R__source.sql) is the same rule
     * for the routes and the search documents.
     */
    static boolean hidden(String kind, boolean confidential) {
        return confidential || "correspondent_report".equals(kind);
    }

    public Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("external_id", externalId);
        record.put("kind", kind);
        record.put("outlet", outlet);
        record.put("outlet_name", outletName);
        record.put("title", title);
        record.put("url", url);
        record.put("published_on", publishedOn == null ? null : publishedOn.toString());
        record.put("retrieved_at", retrievedAt == null ? null : retrievedAt.toString());
        record.put("archived_text", archivedText);
        record.put("sha256", sha256);
        record.put("correspondent", correspondent);
        record.put("confidential", confidential);
        return record;
    }

    /** The archived text exactly as given (its hash is of these bytes), not stripped. */
    private static String rawText(JsonRecord r, String field) {
        if (r.has(field) && r.value(field).isString()) {
            String text = r.value(field).stringValue();
            return text.isEmpty() ? null : text;
        }
        return r.text(field, false);
    }
}
