package org.kuzet.notification.internal;

import java.time.OffsetDateTime;

/** A filter of the staff incident list (its query string) that one staff member saved, with its digest and feed. */
record SavedFilter(long id, String username, String name, String query, Frequency digest, String lang,
                   String feedToken, OffsetDateTime lastDigestAt) {
}
