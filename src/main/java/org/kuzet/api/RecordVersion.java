package org.kuzet.api;

import org.springframework.http.ResponseEntity;

/**
 * A record's version as HTTP carries it: every record read through the API answers an {@code ETag} of its revision,
 * and every change must name the version it was made on, by {@code If-Match} (or, where a body or form carries
 * one, its {@code revision} field). A change made on an older version is refused, never merged over another's.
 */
public final class RecordVersion {

    private RecordVersion() {
    }

    /** The strong entity tag of a revision: {@code "7"}. */
    public static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** An answer carrying the record and its version. */
    public static <T> ResponseEntity<T> answer(T body, int revision) {
        return ResponseEntity.ok().eTag(etag(revision)).body(body);
    }

    /**
     * The revision a change was made on: from {@code If-Match} when sent, else from the body's or form's own field.
     * Throws {@link StaleVersion} when neither names one, when they disagree, or when it is not {@code current}.
     *
     * @param ifMatch the {@code If-Match} header as sent, or null
     * @param stated the revision the body or form states, or null
     */
    public static void require(String ifMatch, Integer stated, int current) {
        Integer named = ifMatch == null || ifMatch.isBlank() ? stated : parse(ifMatch, current);
        if (named == null) {
            throw new StaleVersion("Name the version you changed: send If-Match with the ETag you read (now "
                    + etag(current) + ").", current, true);
        }
        if (stated != null && !stated.equals(named) || named != current) {
            throw new StaleVersion("Someone changed this record first: you changed version " + named
                    + ", the stored one is " + current + ". Read it again and redo your change.", current, false);
        }
    }

    private static Integer parse(String ifMatch, int current) {
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return current;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
