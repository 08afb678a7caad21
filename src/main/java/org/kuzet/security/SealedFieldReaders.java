package org.kuzet.security;

import org.kuzet.crypto.FieldReaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read a sealed field, by {@link Visibility}: for a web caller (signed in, or the anonymous public), a value is
 * opened only if that viewer may see that field of that kind (an {@code AUTHOR} field: any signed-in account, the
 * reader then keeps a correspondent to their own records). Where nobody is signed in at all (commands, scheduled
 * work, the import) the operator holds the key and the value is opened.
 */
@Component
class SealedFieldReaders implements FieldReaders {

    @Override
    public boolean mayRead(String kind, String field) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return true; // no web caller (every web request has one, anonymous for the public): a command or a job
        }
        Viewer viewer = Viewer.of(caller);
        Visibility.Level level = Visibility.of(kind, field);
        if (level == Visibility.Level.PUBLIC) {
            // a field public on a public record and sealed while its record is hidden (a confidential source's text)
            level = Visibility.ofRecord(kind);
        }
        return level == Visibility.Level.AUTHOR ? viewer.isSignedIn() : viewer.sees(level, null);
    }
}
