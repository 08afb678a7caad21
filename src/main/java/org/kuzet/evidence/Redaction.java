package org.kuzet.evidence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A redacted copy of an evidence file: which original (the immutable master, under its SHA-256) it was made from,
 * the copy (a stored file of its own), how (regions blacked out or blurred on a picture, text removed from a PDF),
 * which regions and words, who made it and whether it is published: only a published copy is served to the public.
 *
 * @param method {@code black} or {@code blur} for a picture, {@code remove} for a PDF
 */
public record Redaction(long id, String originalSha256, String redactedSha256, String method, List<Region> regions,
        List<String> words, String madeBy, Instant madeAt, Instant publishedAt, String publishedBy) {

    public static final List<String> PICTURE_METHODS = List.of("black", "blur");

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** When it was made, on Kazakhstan's clock, to the minute. */
    public java.time.LocalDateTime madeInKazakhstan() {
        return java.time.LocalDateTime.ofInstant(madeAt, org.kuzet.core.Today.KAZAKHSTAN)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** What the copy is, as the public is told: {@code picture} (blacked out or blurred) or {@code pdf}. */
    public String kind() {
        return PICTURE_METHODS.contains(method) ? "picture" : "pdf";
    }

    /** Where the public gets the copy once it is published. */
    public String publicPath() {
        return "/evidence/redacted/" + redactedSha256;
    }

    /** The record as the audit trail keeps it. */
    public Map<String, Object> record() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("original_sha256", originalSha256);
        record.put("redacted_sha256", redactedSha256);
        record.put("method", method);
        record.put("regions", regions);
        record.put("words", words);
        record.put("made_by", madeBy);
        record.put("published", isPublished());
        return record;
    }
}
