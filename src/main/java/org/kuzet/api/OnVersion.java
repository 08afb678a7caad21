package org.kuzet.api;

/**
 * The version of a record a change was made on, as the caller named it: the {@code If-Match} header and/or the
 * {@code revision} the body or form states. The record's owner checks it against the locked row.
 */
public record OnVersion(String ifMatch, Integer stated) {

    /** A form's or body's own revision only. */
    public static OnVersion stated(Integer revision) {
        return new OnVersion(null, revision);
    }

    /** Throws {@code StaleVersion} unless this names the {@code current} revision. */
    public void require(int current) {
        RecordVersion.require(ifMatch, stated, current);
    }
}
