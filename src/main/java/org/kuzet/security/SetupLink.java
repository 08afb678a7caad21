package org.kuzet.security;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.kuzet.core.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one-time link that makes the first admin when Kuzet starts with none: a random token, good for one hour
 * and one use, kept (as a hash) only in memory, so a restart makes a new one and the old one dies.
 */
@Component
public class SetupLink {

    static final Duration VALID_FOR = Duration.ofHours(1);

    private final Clock clock;
    private String tokenHash;
    private Instant expires = Instant.MIN;

    @Autowired
    SetupLink() {
        this(Clock.systemUTC());
    }

    SetupLink(Clock clock) {
        this.clock = clock;
    }

    public synchronized String issue() {
        String token = Secrets.random();
        tokenHash = Sha256.hex(token);
        expires = clock.instant().plus(VALID_FOR);
        return token;
    }

    public synchronized boolean valid(String token) {
        return token != null && tokenHash != null && clock.instant().isBefore(expires)
                && MessageDigest.isEqual(tokenHash.getBytes(), Sha256.hex(token).getBytes());
    }

    /** Uses the link up: true once, for the right token within the hour. */
    public synchronized boolean consume(String token) {
        if (!valid(token)) {
            return false;
        }
        tokenHash = null;
        return true;
    }
}
