package org.kuzet.incident;

import org.kuzet.api.RecordVersion;

/**
 * The version of an incident a change was made on, as the caller named it: the {@code If-Match} header and/or the
 * {@code revision} the body or form states. {@link IncidentDesk} checks it against the locked row.
 */
public record OnVersion(String ifMatch, Integer stated) {

    /** A form's or body's own revision only. */
    public static OnVersion stated(Integer revision) {
        return new OnVersion(null, revision);
    }

    /** Throws {@code StaleVersion} unless this names the {@code current} revision. */
    void require(int current) {
        RecordVersion.require(ifMatch, stated, current);
    }
}
