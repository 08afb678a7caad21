package org.kuzet.reference;

import java.util.function.Supplier;
import org.kuzet.api.Conflict;
import org.springframework.dao.DuplicateKeyException;

/**
 * External ids are unique. The API checks before writing; this turns the rare race the check cannot see (two
 * clients creating the same external id at once) into a 409 instead of a server error.
 */
public final class ExternalIds {

    private ExternalIds() {
    }

    public static <T> T unique(String externalId, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new Conflict("conflict.externalIdTakenByRecord", externalId);
        }
    }
}
