package org.kuzet.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in whose password was right and whose second factor is still to come, kept in the session: the
 * account's name, when the password was given, and how many codes were wrong since. It lasts five minutes and five
 * wrong codes, then the password must be given again. Until it is finished the session is signed in as nobody.
 */
record SecondFactorPending(String username, Instant since, int wrongCodes) implements Serializable {

    static final String ATTRIBUTE = SecondFactorPending.class.getName();
    static final Duration LASTS = Duration.ofMinutes(5);
    static final int WRONG_CODES = 5;

    static Optional<SecondFactorPending> of(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SecondFactorPending pending)) {
            return Optional.empty();
        }
        if (pending.since.plus(LASTS).isBefore(now) || pending.wrongCodes >= WRONG_CODES) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    SecondFactorPending wrong() {
        return new SecondFactorPending(username, since, wrongCodes + 1);
    }

    boolean spent() {
        return wrongCodes >= WRONG_CODES;
    }
}
